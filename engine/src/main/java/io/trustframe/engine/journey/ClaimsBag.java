package io.trustframe.engine.journey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journey's claims: claim type → value in B2C's string form. Claim type Ids match case-insensitively (the starter
 * pack writes both {@code surname} and {@code surName}); the spelling of the first write is kept. An empty string is
 * a value, as in B2C; {@link #remove} makes a claim absent.
 */
public final class ClaimsBag {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** Told every claim type that gets a value (the execution trace); copies tell it too. */
    private final Consumer<String> onPut;

    private ClaimsBag(Consumer<String> onPut) {
        this.onPut = onPut;
    }

    private record Entry(String claimType, String value) {
    }

    public static ClaimsBag of(Map<String, String> claims) {
        return of(claims, type -> { });
    }

    /** A bag that tells {@code onPut} each claim type given a value, its own and its copies'. */
    public static ClaimsBag of(Map<String, String> claims, Consumer<String> onPut) {
        ClaimsBag bag = new ClaimsBag(onPut);
        claims.forEach(bag::put);
        return bag;
    }

    public ClaimsBag copy() {
        ClaimsBag copy = new ClaimsBag(onPut);
        copy.entries.putAll(entries);
        return copy;
    }

    public Optional<String> get(String claimType) {
        Entry entry = entries.get(key(claimType));
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public boolean has(String claimType) {
        return entries.containsKey(key(claimType));
    }

    public void put(String claimType, String value) {
        if (value == null) {
            remove(claimType);
            return;
        }
        Entry old = entries.get(key(claimType));
        entries.put(key(claimType), new Entry(old == null ? claimType : old.claimType(), value));
        onPut.accept(claimType);
    }

    public void remove(String claimType) {
        entries.remove(key(claimType));
    }

    /** Every claim, by the spelling it was first written with. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries.values().forEach(e -> map.put(e.claimType(), e.value()));
        return map;
    }

    private static String key(String claimType) {
        return claimType.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
