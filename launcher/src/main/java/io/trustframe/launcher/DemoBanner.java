package io.trustframe.launcher;

/** What the demo prints once everything is up: where each service is and where to start. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String render(Platform platform) {
        String bank = platform.baseUrl(Service.BANK).toString();
        String identity = platform.baseUrl(Service.IDENTITY).toString();
        String verify = platform.baseUrl(Service.VERIFY).toString();
        return String.join(System.lineSeparator(),
                "",
                "  Trustframe is running.",
                "",
                "    bank      " + bank + "      the demo bank: start here",
                "    identity  " + identity + "      OpenID Connect provider (B2C custom policies)",
                "    verify    " + verify + "      Twilio-compatible Verify and Messages API",
                "",
                "  Health: " + bank + "/actuator/health, " + identity + "/actuator/health, "
                        + verify + "/actuator/health",
                "  Press Ctrl-C to stop.",
                "", "");
    }
}
