package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.spi.OtpStore;
import io.trustframe.engine.spi.OtpStore.OtpEntry;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OneTimePasswordProtocolProvider. GenerateCode (metadata CodeExpirationInSeconds, CodeLength, CharacterSet,
 * NumCodeGenerationAttempts, ReuseSameCode) issues a code for the {@code identifier} input claim and outputs it as
 * {@code otpGenerated}; VerifyCode (NumRetryAttempts) checks {@code otpToVerify}. A verified code is spent. Messages
 * come from the UserMessage.* metadata of the profile.
 */
final class OtpHandler implements ProfileHandler {

    @Override
    public ProfileResult run(ProfileRun run) {
        String identifier = value(run.inputs(), "identifier");
        if (identifier == null) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "The one-time password profile has no identifier.");
        }
        String operation = run.metadata("Operation", "").strip().toLowerCase(Locale.ROOT);
        return switch (operation) {
            case "generatecode" -> generate(run, identifier);
            case "verifycode" -> verify(run, identifier, value(run.inputs(), "otpToVerify"));
            default -> new ProfileResult.Error(B2cError.AADB2C90037, "Unknown one-time password operation " + operation);
        };
    }

    private static ProfileResult generate(ProfileRun run, String identifier) {
        OtpStore store = run.ports().otps();
        Instant now = run.ports().clock().instant();
        Optional<OtpEntry> existing = store.get(identifier).filter(e -> e.expiresAt().isAfter(now));
        int generated = existing.map(OtpEntry::generated).orElse(0);
        if (generated >= number(run, "NumCodeGenerationAttempts", 10)) {
            return new ProfileResult.Error(B2cError.AADB2C90037, run.metadata("UserMessage.MaxNumberOfCodeGenerated",
                    "You have exceeded the number of code generation attempts allowed."));
        }
        int seconds = Math.min(number(run, "CodeExpirationInSeconds", 600), 1200);
        String code = existing.isPresent() && run.metadataTrue("ReuseSameCode", false) ? existing.get().code()
                : code(run, number(run, "CodeLength", 6), run.metadata("CharacterSet", "0-9"));
        int failed = existing.map(OtpEntry::failedAttempts).orElse(0);
        store.put(identifier, new OtpEntry(code, now.plusSeconds(seconds), generated + 1, failed));
        return ProfileResult.Done.of(Map.of("otpGenerated", code));
    }

    private static ProfileResult verify(ProfileRun run, String identifier, String code) {
        OtpStore store = run.ports().otps();
        Optional<OtpEntry> entry = store.get(identifier);
        if (entry.isEmpty() || !entry.get().expiresAt().isAfter(run.ports().clock().instant())) {
            return new ProfileResult.Error(B2cError.AADB2C90037, message(run, "UserMessage.VerificationHasExpired",
                    "The code has expired."));
        }
        int allowed = number(run, "NumRetryAttempts", 5);
        if (entry.get().failedAttempts() >= allowed) {
            return new ProfileResult.Error(B2cError.AADB2C90037, maxRetries(run));
        }
        if (code == null || !OneTimeCodes.matches(entry.get().code(), code.strip())) {
            OtpEntry failed = new OtpEntry(entry.get().code(), entry.get().expiresAt(), entry.get().generated(),
                    entry.get().failedAttempts() + 1);
            store.put(identifier, failed);
            return new ProfileResult.Error(B2cError.AADB2C90037, failed.failedAttempts() >= allowed ? maxRetries(run)
                    : message(run, "UserMessage.InvalidCode", "The verification code you have entered is not valid."));
        }
        store.remove(identifier);
        return ProfileResult.Done.of(Map.of());
    }

    /** The documented key is UserMessage.MaxRetryAttempted; the PSD2 walkthrough spells it MaxRetryAttemped. */
    private static String maxRetries(ProfileRun run) {
        return run.profile().metadataOrEmpty().find("UserMessage.MaxRetryAttempted")
                .or(() -> run.profile().metadataOrEmpty().find("UserMessage.MaxRetryAttemped"))
                .orElse("You've made too many incorrect attempts. Please try again later.");
    }

    private static String message(ProfileRun run, String key, String defaultMessage) {
        return run.metadata(key, defaultMessage);
    }

    private static String code(ProfileRun run, int length, String characterSet) {
        String alphabet = expand(characterSet);
        StringBuilder code = new StringBuilder(length);
        var random = run.ports().randomness().generator();
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** CharacterSet such as {@code 0-9} or {@code a-z0-9A-Z}: ranges and single characters. */
    static String expand(String set) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            char from = set.charAt(i);
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                for (char c = from; c <= set.charAt(i + 2); c++) {
                    out.append(c);
                }
                i += 2;
            } else if (from != ',' && !Character.isWhitespace(from)) {
                out.append(from);
            }
        }
        return out.length() == 0 ? "0123456789" : out.toString();
    }

    private static int number(ProfileRun run, String key, int defaultValue) {
        try {
            return Integer.parseInt(run.metadata(key, Integer.toString(defaultValue)).strip());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    private static String value(Map<String, String> map, String key) {
        return SelfAssertedHandler.lookup(map, key);
    }
}
