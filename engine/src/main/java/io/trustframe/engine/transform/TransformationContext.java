package io.trustframe.engine.transform;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a method may take from outside the policy: time, randomness, the user's culture, the policy's localized
 * strings for the current language, the values of the string claims transformation expressions and secrets from
 * policy keys.
 *
 * @param clock            current time (GetCurrentDateTime, DateTimeComparison with an empty second operand)
 * @param random           the random source; production passes a SecureRandom (CreateRandomString, CreateOtpSecret)
 * @param culture          the UI culture of the request (String.Format numeric and date specifiers)
 * @param localizedStrings the LocalizedStrings of the content definition in use, for the current language
 * @param expressions      values of {@code {TechnicalProfileId}}, {@code {RelyingPartyTenantId}},
 *                         {@code {TrustFrameworkTenantId}} for this run
 * @param secrets          policy keys by name (Hash's randomizerSecret)
 */
public record TransformationContext(Clock clock, RandomGenerator random, Locale culture, LocalizedStrings localizedStrings,
                                    Map<String, String> expressions, PolicySecrets secrets) {

    public TransformationContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(culture, "culture");
        Objects.requireNonNull(localizedStrings, "localizedStrings");
        expressions = Map.copyOf(expressions);
        Objects.requireNonNull(secrets, "secrets");
    }

    /** The localized strings a method can ask for, by ElementType and StringId. */
    @FunctionalInterface
    public interface LocalizedStrings {
        Optional<String> find(String elementType, String stringId);

        static LocalizedStrings none() {
            return (elementType, stringId) -> Optional.empty();
        }
    }

    /** Secret policy keys by name, e.g. {@code B2C_1A_AccountTransformSecret}. */
    @FunctionalInterface
    public interface PolicySecrets {
        Optional<byte[]> secret(String keyName);

        static PolicySecrets none() {
            return keyName -> Optional.empty();
        }
    }
}
