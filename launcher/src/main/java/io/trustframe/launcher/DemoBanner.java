package io.trustframe.launcher;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.launcher.policies.PolicyTemplates;
import io.trustframe.verify.DevelopmentAccount;

/** What the demo prints once everything is up: where each service is, where SMS arrive, the Twilio credentials. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String render(Platform platform) {
        String bank = platform.baseUrl(Service.BANK).toString();
        String identity = platform.baseUrl(Service.IDENTITY).toString();
        String verify = platform.baseUrl(Service.VERIFY).toString();
        String signIn = platform.property(Service.BANK, "trustframe.bank.sign-up-sign-in-policy",
                PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        List<String> lines = new ArrayList<>(List.of(
                "",
                "  Trustframe is running.",
                "",
                "  Start here: " + bank + "/  → Sign up (identity's page of tenant contoso, policy " + signIn + ")",
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
        if (!signIn.equalsIgnoreCase(PolicyTemplates.SIGN_UP_OR_SIGN_IN)) {
            lines.add("");
            lines.add("  The bank uses policies the demo does not deploy: upload them first, e.g. the PSD2 walkthrough's with");
            lines.add("    ./trustframe tenant import <starterpack>/SocialAndLocalAccountsWithMfa <walkthrough>/SignUpSignIn"
                    + " <walkthrough>/StepUpPSD2 --tenant contoso   (docs/walkthrough-compat.md)");
        }
        lines.add("");
        lines.add("  Press Ctrl-C to stop.");
        lines.add("");
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }
}
