package io.trustframe.engine.policy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@code Metadata} element: {@code Item Key="…"} values. Keys match case-insensitively; a later item with the
 * same key (an override in a derived policy) replaces the earlier one in place.
 */
public record Metadata(List<Item> items) {

    public static final Metadata EMPTY = new Metadata(List.of());

    /** {@code Metadata/Item}. */
    public record Item(SourcePos pos, String key, String value) {
    }

    public Optional<String> find(String key) {
        return items.stream().filter(i -> i.key().equalsIgnoreCase(key)).map(Item::value).findFirst();
    }

    public String get(String key) {
        return find(key).orElse(null);
    }

    public String get(String key, String defaultValue) {
        return find(key).orElse(defaultValue);
    }

    /** The items as a read-only map with case-insensitive keys (sorted by key). */
    public SortedMap<String, String> asMap() {
        TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Item item : items) {
            map.put(item.key(), item.value());
        }
        return Collections.unmodifiableSortedMap(map);
    }

    public boolean isTrue(String key) {
        return find(key).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    /** This metadata with {@code overrides} applied: same keys replaced in place, new keys appended. */
    public Metadata overriddenBy(Metadata overrides) {
        if (overrides == null || overrides.items.isEmpty()) {
            return this;
        }
        List<Item> merged = new ArrayList<>(items);
        for (Item item : overrides.items) {
            int at = indexOf(merged, item.key());
            if (at >= 0) {
                merged.set(at, item);
            } else {
                merged.add(item);
            }
        }
        return new Metadata(List.copyOf(merged));
    }

    private static int indexOf(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equalsIgnoreCase(key)) {
                return i;
            }
        }
        return -1;
    }
}
