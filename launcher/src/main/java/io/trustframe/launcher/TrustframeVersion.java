package io.trustframe.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build), or "development" when run from classes. */
final class TrustframeVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Trustframe.class.getPackage().getImplementationVersion();
        return new String[] {"trustframe " + (version == null ? "development" : version)};
    }
}
