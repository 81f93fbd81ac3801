package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What a claims transformation answers: output values, a failed assertion, or an error. */
public sealed interface TransformationResult {

    /**
     * The method ran. {@code values} are keyed by the output claim's TransformationClaimType (for outputs a policy
     * names itself, by that name); {@code cleared} lists outputs whose claim must lose its value (NullClaim).
     * Outputs in neither are left as they are, as B2C does when, e.g., a predicate or a string match fails.
     */
    record Produced(Map<String, ClaimValue> values, Set<String> cleared) implements TransformationResult {
        public Produced {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            cleared = Collections.unmodifiableSet(new LinkedHashSet<>(cleared));
        }

        public static Produced nothing() {
            return new Produced(Map.of(), Set.of());
        }

        public static Produced of(String key, ClaimValue value) {
            return new Produced(Map.of(key, value), Set.of());
        }

        /** Case-insensitive, as TransformationClaimType values are matched in B2C. */
        public Optional<ClaimValue> value(String key) {
            return values.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /**
     * An Assert… method found its condition false (or a method was told to throw on bad input). B2C shows the message
     * of the calling self-asserted technical profile's metadata item {@code metadataKey}, or its localized string of
     * that id, or {@code defaultMessage}; the executor does that mapping, and the user stays on the page.
     */
    record AssertionFailed(String methodName, String metadataKey, String defaultMessage) implements TransformationResult {
        public AssertionFailed {
            Objects.requireNonNull(methodName, "methodName");
            Objects.requireNonNull(metadataKey, "metadataKey");
            Objects.requireNonNull(defaultMessage, "defaultMessage");
        }
    }

    /** B2C would throw: misconfiguration or input the method cannot work with. The journey fails. */
    record Failed(String message) implements TransformationResult {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
