package io.trustframe.launcher;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.verify.DevelopmentAccount;

/** What the demo prints once everything is up: where each service is, where SMS arrive, the Twilio credentials. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String render(Platform platform) {
        String bank = platform.baseUrl(Service.BANK).toString();
        String identity = platform.baseUrl(Service.IDENTITY).toString();
        String verify = platform.baseUrl(Service.VERIFY).toString();
        List<String> lines = new ArrayList<>(List.of(
                "",
                "  Trustframe is running.",
                "",
                "  Start here: " + bank + "/  → Sign up (identity's page of tenant contoso, policy B2C_1A_TF_SignUpOrSignIn)",
                "",
                "    bank      " + bank + "      the demo bank",
                "    identity  " + identity + "      OpenID Connect provider (B2C custom policies)",
                "    verify    " + verify + "      Twilio-compatible Verify and Messages API",
                "",
                "  SMS outbox: " + verify + "/outbox  (every text message the services send lands here)"));
        platform.bean(Service.VERIFY, DevelopmentAccount.class).ifPresent(account -> {
            lines.add("");
            lines.add("  Development Twilio credentials of this data folder (for Twilio clients pointed at " + verify + "):");
            account.environmentLines().lines().forEach(line -> lines.add("    " + line));
        });
        lines.add("");
        lines.add("  Press Ctrl-C to stop.");
        lines.add("");
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }
}
