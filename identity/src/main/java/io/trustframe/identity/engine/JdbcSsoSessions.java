package io.trustframe.identity.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.trustframe.engine.spi.SsoSessions;
import io.trustframe.identity.SqlTime;
import io.trustframe.identity.tenants.Tenant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One tenant's SSO sessions in {@code sso_sessions}; an expired session is not found (and is removed on sight). */
public final class JdbcSsoSessions implements SsoSessions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Tenant tenant;
    private final Clock clock;

    public JdbcSsoSessions(JdbcClient jdbc, Tenant tenant, Clock clock) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public Optional<SsoSession> find(String sessionId) {
        Optional<SsoSession> session = jdbc.sql("SELECT * FROM sso_sessions WHERE tenant_id = ? AND id = ?")
                .params(tenant.id().toString(), sessionId)
                .query((row, n) -> {
                    Document document = JSON.readValue(row.getString("document"), new TypeReference<Document>() {
                    });
                    return new SsoSession(row.getString("id"), document.profiles(), document.relyingParties(),
                            document.policies(), SqlTime.read(row, "expires_at"));
                })
                .optional();
        if (session.isPresent() && !session.get().expiresAt().isAfter(clock.instant())) {
            delete(sessionId);
            return Optional.empty();
        }
        return session;
    }

    @Override
    public void save(SsoSession session) {
        String document = JSON.writeValueAsString(new Document(session.profiles(), session.relyingParties(), session.policies()));
        int updated = jdbc.sql("UPDATE sso_sessions SET document = ?, expires_at = ? WHERE tenant_id = ? AND id = ?")
                .params(document, SqlTime.of(session.expiresAt()), tenant.id().toString(), session.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO sso_sessions (tenant_id, id, document, expires_at) VALUES (?, ?, ?, ?)")
                    .params(tenant.id().toString(), session.id(), document, SqlTime.of(session.expiresAt()))
                    .update();
        }
    }

    @Override
    public void delete(String sessionId) {
        jdbc.sql("DELETE FROM sso_sessions WHERE tenant_id = ? AND id = ?")
                .params(tenant.id().toString(), sessionId)
                .update();
    }

    /** The stored JSON; a list missing from a row written before it existed reads as empty. */
    private record Document(Map<String, Map<String, String>> profiles, List<String> relyingParties,
                            List<String> policies) {
        Document {
            relyingParties = relyingParties == null ? List.of() : relyingParties;
            policies = policies == null ? List.of() : policies;
        }
    }
}
