package io.trustframe.engine.policy.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable map from element Id to element, in document order, matched case-insensitively: B2C resolves
 * every Id reference without regard to case (the PSD2 walkthrough references {@code phoneVerificationControl-ReadOnly}
 * but defines {@code phoneVerificationControl-readOnly}). The original spelling stays on the element itself.
 */
public final class IdMap<T> {

    private static final IdMap<?> EMPTY = new IdMap<>(Map.of());

    private final Map<String, T> byKey;

    private IdMap(Map<String, T> byKey) {
        this.byKey = byKey;
    }

    @SuppressWarnings("unchecked")
    public static <T> IdMap<T> empty() {
        return (IdMap<T>) EMPTY;
    }

    /** Later elements with the same Id replace earlier ones (duplicates are reported by the validator). */
    public static <T> IdMap<T> of(Collection<T> elements, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T element : elements) {
            map.put(key(id.apply(element)), element);
        }
        return new IdMap<>(Collections.unmodifiableMap(map));
    }

    /** From Id (any case) to element, for elements that are not named by a field of their own. */
    public static <T> IdMap<T> ofIds(Map<String, T> elementsById) {
        Map<String, T> map = new LinkedHashMap<>();
        elementsById.forEach((id, element) -> map.put(key(id), element));
        return new IdMap<>(Collections.unmodifiableMap(map));
    }

    /** The case-insensitive key B2C effectively compares Ids by. */
    public static String key(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byKey.get(key(id)));
    }

    public T get(String id) {
        return byKey.get(key(id));
    }

    public boolean contains(String id) {
        return id != null && byKey.containsKey(key(id));
    }

    public List<T> values() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    @Override
    public String toString() {
        return byKey.keySet().toString();
    }
}
