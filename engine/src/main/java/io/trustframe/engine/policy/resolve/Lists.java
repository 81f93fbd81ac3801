package io.trustframe.engine.policy.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Merging lists of elements by a case-insensitive key, the way derived policies extend their base. */
final class Lists {

    private Lists() {
    }

    /**
     * Base entries in order, each replaced in place by the override with the same key (merged with
     * {@code merge}); overrides with new keys appended after them.
     */
    static <T> List<T> mergeByKey(List<T> base, List<T> overrides, Function<T, String> key, BinaryOperator<T> merge) {
        if (overrides.isEmpty()) {
            return base;
        }
        if (base.isEmpty()) {
            return overrides;
        }
        List<T> merged = new ArrayList<>(base);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            positions.putIfAbsent(normalize(key.apply(merged.get(i))), i);
        }
        for (T override : overrides) {
            String normalized = normalize(key.apply(override));
            Integer at = positions.get(normalized);
            if (at != null) {
                merged.set(at, merge.apply(merged.get(at), override));
            } else {
                positions.put(normalized, merged.size());
                merged.add(override);
            }
        }
        return List.copyOf(merged);
    }

    static <T> List<T> replaceByKey(List<T> base, List<T> overrides, Function<T, String> key) {
        return mergeByKey(base, overrides, key, (older, newer) -> newer);
    }

    /**
     * B2C's {@code MergeBehavior}: {@code ReplaceAll} drops the base list, {@code Prepend} puts the new entries
     * first, {@code Append} (the default here) after; entries with a key already present replace it in place.
     */
    static <T> List<T> mergeWithBehavior(String behavior, List<T> base, List<T> overrides, Function<T, String> key) {
        if (behavior != null && behavior.equalsIgnoreCase("ReplaceAll")) {
            return overrides;
        }
        if (behavior != null && behavior.equalsIgnoreCase("Prepend")) {
            List<T> merged = new ArrayList<>(overrides);
            for (T older : base) {
                if (indexOf(overrides, key.apply(older), key) < 0) {
                    merged.add(older);
                }
            }
            return List.copyOf(merged);
        }
        return replaceByKey(base, overrides, key);
    }

    static <T> T either(T override, T base) {
        return override != null ? override : base;
    }

    private static <T> int indexOf(List<T> list, String wanted, Function<T, String> key) {
        String normalized = normalize(wanted);
        for (int i = 0; i < list.size(); i++) {
            if (normalize(key.apply(list.get(i))).equals(normalized)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String key) {
        return key == null ? "" : key.toLowerCase(Locale.ROOT);
    }
}
