package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.PredicateCheck;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.spi.OtpStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * B2C's built-in email verification on a self-asserted page: an output claim with PartnerClaimType
 * {@code Verified.Email} must be verified with a code mailed to it before the page is accepted (metadata
 * EnforceEmailVerification=false turns this off). The page shows it as a control {@code Verified.<claim>} with the
 * actions SendCode and VerifyCode; messages are the content definition's {@code ver_*} UxElement strings.
 */
final class EmailVerification {

    static final String PREFIX = "Verified.";
    /** How long a mailed code is valid and how many wrong codes are allowed: B2C does not document its own values. */
    private static final long CODE_SECONDS = 600;
    private static final int MAX_FAILURES = 3;

    private EmailVerification() {
    }

    /** The claims of the profile that need built-in verification. */
    static List<String> verifiedClaims(ProfileRun run) {
        List<String> claims = new ArrayList<>();
        if (!run.metadataTrue("EnforceEmailVerification", true)) {
            return claims;
        }
        for (ClaimReference output : run.profile().outputClaims()) {
            if (output.partnerClaimType() != null && output.partnerClaimType().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                claims.add(output.claimTypeReferenceId());
            }
        }
        return claims;
    }

    static String controlId(String claimType) {
        return PREFIX + claimType;
    }

    /** True when {@code value} is the address verified on this page. */
    static boolean isVerified(ProfileRun run, String claimType, String value) {
        String verified = run.services().controls().get(controlId(claimType) + ":verified");
        return verified != null && value != null && verified.equalsIgnoreCase(value.strip());
    }

    static ProfileResult perform(ProfileRun run, SelfAssertedHandler page, Submission.ControlAction action) {
        String claimType = action.displayControlId().substring(PREFIX.length());
        Map<String, String> values = new LinkedHashMap<>(SelfAssertedHandler.prefill(run));
        action.fields().forEach((name, value) -> values.put(name.toLowerCase(Locale.ROOT), value));
        String email = Optional.ofNullable(SelfAssertedHandler.lookup(action.fields(), claimType)).map(String::strip).orElse("");
        if (email.isEmpty()) {
            return show(run, page, values, text(run, "required_field", SelfAssertedHandler.REQUIRED), null);
        }
        List<String> errors = PredicateCheck.errors(run.policy(), run.policy().claimTypes().get(claimType), email);
        if (!errors.isEmpty()) {
            return show(run, page, values, String.join(" ", errors), null);
        }
        OtpStore store = run.ports().otps();
        String key = "email-verification:" + run.services().correlationId() + ":" + email.toLowerCase(Locale.ROOT);
        Instant now = run.ports().clock().instant();
        Map<String, String> state = run.services().controls();
        if (action.action().equalsIgnoreCase("SendCode")) {
            String code = run.ports().randomness().digits(6);
            store.put(key, new OtpStore.OtpEntry(code, now.plusSeconds(CODE_SECONDS), 1, 0));
            run.ports().mail().send(email, code, culture(run));
            state.remove(controlId(claimType) + ":verified");
            state.put(controlId(claimType) + ":sent", "true");
            return show(run, page, values, null, text(run, "ver_info_msg",
                    "Verification code has been sent to your inbox. Please copy it to the input box below."));
        }
        Optional<OtpStore.OtpEntry> entry = store.get(key);
        if (entry.isEmpty() || !entry.get().expiresAt().isAfter(now)) {
            return show(run, page, values, text(run, "ver_fail_code_expired",
                    "That code is expired. Please request a new code."), null);
        }
        String code = Optional.ofNullable(SelfAssertedHandler.lookup(action.fields(), "verificationCode")).orElse("").strip();
        if (!OneTimeCodes.matches(entry.get().code(), code)) {
            int failures = entry.get().failedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                store.remove(key);
                return show(run, page, values, text(run, "ver_fail_no_retry",
                        "You've made too many incorrect attempts. Please try again later."), null);
            }
            store.put(key, new OtpStore.OtpEntry(entry.get().code(), entry.get().expiresAt(), entry.get().generated(), failures));
            return show(run, page, values, text(run, "ver_fail_retry", "That code is incorrect. Please try again."), null);
        }
        store.remove(key);
        state.put(controlId(claimType) + ":verified", email);
        return show(run, page, values, null, text(run, "ver_success_msg", "E-mail address verified. You can now continue."));
    }

    private static ProfileResult show(ProfileRun run, SelfAssertedHandler page, Map<String, String> values, String error,
                                      String message) {
        var shown = page.page(run, values, Map.of(), error == null ? List.of() : List.of(error));
        return new ProfileResult.ShowPage(message == null ? shown : shown.withMessage(message));
    }

    private static String text(ProfileRun run, String stringId, String defaultText) {
        return run.services().localized(SelfAssertedHandler.contentDefinition(run), "UxElement", null, stringId)
                .orElse(defaultText);
    }

    private static Locale culture(ProfileRun run) {
        String locales = run.services().request().uiLocales();
        return locales == null || locales.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(locales.strip().split("[ ,]")[0]);
    }
}
