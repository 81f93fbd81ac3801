package io.trustframe.identity.journeys;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.trustframe.identity.SqlTime;

/** Paused journeys in {@code journeys}; an expired one is not found. */
@Repository
public class JourneyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JourneyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(PausedJourney journey) {
        int updated = jdbc.sql("UPDATE journeys SET state = ?, expires_at = ? WHERE id = ?")
                .params(journey.state(), SqlTime.of(journey.expiresAt()), journey.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO journeys (id, tenant_id, policy_id, csrf_token, authorize, state, expires_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(journey.id(), journey.tenantId().toString(), journey.policyId(), journey.csrfToken(),
                            journey.authorize(), journey.state(), SqlTime.of(journey.expiresAt()))
                    .update();
        }
    }

    public Optional<PausedJourney> find(String id) {
        return jdbc.sql("SELECT * FROM journeys WHERE id = ? AND expires_at > ?")
                .params(id, SqlTime.of(clock.instant()))
                .query((row, n) -> new PausedJourney(row.getString("id"),
                        java.util.UUID.fromString(row.getString("tenant_id")), row.getString("policy_id"),
                        row.getString("csrf_token"), row.getString("authorize"), row.getString("state"),
                        SqlTime.read(row, "expires_at")))
                .optional();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM journeys WHERE id = ?").param(id).update();
    }
}
