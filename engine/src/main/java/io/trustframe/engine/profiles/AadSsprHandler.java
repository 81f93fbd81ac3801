package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.spi.OtpStore;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AadSsprProtocolProvider, the email-code provider the display-control starter packs verify addresses with:
 * Operation SendCode mails a code to the {@code emailAddress} input claim (through the VerificationMail port; B2C
 * mails it itself), VerifyCode checks {@code verificationCode} against it. A verified code is spent.
 */
final class AadSsprHandler implements ProfileHandler {

    /** B2C does not document the code's lifetime or retry count for this provider; these are our choice. */
    private static final long CODE_SECONDS = 600;
    private static final int MAX_FAILURES = 3;

    @Override
    public ProfileResult run(ProfileRun run) {
        String email = SelfAssertedHandler.lookup(run.inputs(), "emailAddress");
        if (email == null || email.isBlank()) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "The email address is missing.");
        }
        String key = "aad-sspr:" + run.services().correlationId() + ":" + email.strip().toLowerCase(Locale.ROOT);
        OtpStore store = run.ports().otps();
        Instant now = run.ports().clock().instant();
        String operation = run.metadata("Operation", "").strip();
        if (operation.equalsIgnoreCase("SendCode")) {
            String code = run.ports().randomness().digits(6);
            store.put(key, new OtpStore.OtpEntry(code, now.plusSeconds(CODE_SECONDS), 1, 0));
            String locales = run.services().request().uiLocales();
            run.ports().mail().send(email.strip(), code, locales == null || locales.isBlank() ? Locale.ENGLISH
                    : Locale.forLanguageTag(locales.strip().split("[ ,]")[0]));
            return ProfileResult.Done.of(Map.of());
        }
        if (!operation.equalsIgnoreCase("VerifyCode")) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "Unknown AadSspr operation " + operation);
        }
        Optional<OtpStore.OtpEntry> entry = store.get(key);
        if (entry.isEmpty() || !entry.get().expiresAt().isAfter(now)) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "That code is expired. Please request a new code.");
        }
        String code = Optional.ofNullable(SelfAssertedHandler.lookup(run.inputs(), "verificationCode")).orElse("").strip();
        if (!OneTimeCodes.matches(entry.get().code(), code)) {
            int failures = entry.get().failedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                store.remove(key);
                return new ProfileResult.Error(B2cError.AADB2C90037,
                        "You've made too many incorrect attempts. Please try again later.");
            }
            store.put(key, new OtpStore.OtpEntry(entry.get().code(), entry.get().expiresAt(), 1, failures));
            return new ProfileResult.Error(B2cError.AADB2C90037, "That code is incorrect. Please try again.");
        }
        store.remove(key);
        return ProfileResult.Done.of(Map.of());
    }
}
