package io.trustframe.launcher.tenant;

/**
 * Where the demo leaves the verify service's development Twilio credentials for {@code tenant import}: a
 * {@code NAME=value} file (the banner's {@code TWILIO_*} lines) in {@code <data>/verify/}, owner-only.
 */
public final class DevelopmentTwilio {

    public static final String FILE = "development-twilio.env";

    private DevelopmentTwilio() {
    }
}
