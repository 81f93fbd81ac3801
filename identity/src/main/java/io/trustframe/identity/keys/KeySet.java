package io.trustframe.identity.keys;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A policy key container ({@code B2C_1A_…}) and its keys in version order. */
public record KeySet(String name, Instant created, List<PolicyKey> keys) {

    public KeySet {
        keys = List.copyOf(keys);
    }

    /**
     * The one key in use at {@code now}, by B2C's rule for containers holding several keys: keys are ordered by
     * activation date, keys without one last; a key becomes active once its activation date has passed, replacing the
     * one before it; an expired key is never used, and a key without dates is the safety net when no dated key is
     * valid. Among keys with the same standing, the one added last wins. Empty when no key is valid at {@code now},
     * where B2C fails the policy step that needs the key.
     */
    public Optional<PolicyKey> active(Instant now) {
        Comparator<PolicyKey> byActivation = Comparator
                .comparing((PolicyKey key) -> key.notBefore() != null)
                .thenComparing(PolicyKey::notBefore, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(PolicyKey::version);
        return keys.stream().filter(key -> key.validAt(now)).max(byActivation);
    }

    /** The keys that relying parties may meet now or after a rollover: every key not yet expired. */
    public List<PolicyKey> unexpired(Instant now) {
        return keys.stream().filter(key -> !key.expiredAt(now)).toList();
    }
}
