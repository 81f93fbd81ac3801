package io.trustframe.engine.spi.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.trustframe.engine.spi.SsoSessions;

/** SSO sessions in one JVM's memory: for running journeys without a database; gone with the JVM. */
public final class InMemorySsoSessions implements SsoSessions {

    private final Map<String, SsoSession> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<SsoSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void save(SsoSession session) {
        sessions.put(session.id(), session);
    }

    @Override
    public void delete(String sessionId) {
        sessions.remove(sessionId);
    }
}
