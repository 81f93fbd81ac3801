package io.trustframe.engine.spi.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.trustframe.engine.spi.OtpStore;

/** One-time codes in one JVM's memory: for running journeys without a database; gone with the JVM. */
public final class InMemoryOtpStore implements OtpStore {

    private final Map<String, OtpEntry> entries = new ConcurrentHashMap<>();

    @Override
    public void put(String identifier, OtpEntry entry) {
        entries.put(identifier, entry);
    }

    @Override
    public Optional<OtpEntry> get(String identifier) {
        return Optional.ofNullable(entries.get(identifier));
    }

    @Override
    public void remove(String identifier) {
        entries.remove(identifier);
    }
}
