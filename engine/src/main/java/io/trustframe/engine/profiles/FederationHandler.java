package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;

/**
 * OAuth2 / OpenID Connect federation to an external identity provider (redirect, then callback). Not implemented yet:
 * the journey fails with a clear message instead of pretending (docs/journeys.md lists it as missing).
 */
final class FederationHandler implements ProfileHandler {

    @Override
    public ProfileResult run(ProfileRun run) {
        return new ProfileResult.Error(B2cError.AADB2C90037,
                "Federation to external identity providers (" + run.profile().id() + ") is not supported yet.");
    }
}
