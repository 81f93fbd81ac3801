package io.trustframe.identity.journeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.trustframe.identity.SqlTime;
import io.trustframe.identity.StoredDigest;

/**
 * Paused journeys in {@code journeys}; an expired one is not found. A journey waiting for a federated identity provider
 * is also found by the state value it sent there (kept as a SHA-256 digest, cleared when the journey moves on).
 */
@Repository
public class JourneyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JourneyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(PausedJourney journey) {
        save(journey, null);
    }

    /** @param federationState the state value sent to an identity provider, or null when the journey waits on a page */
    public void save(PausedJourney journey, String federationState) {
        String stateDigest = federationState == null ? null : StoredDigest.of(federationState);
        int updated = jdbc.sql("UPDATE journeys SET state = ?, expires_at = ?, federation_state_sha256 = ? WHERE id = ?")
                .params(journey.state(), SqlTime.of(journey.expiresAt()), stateDigest, journey.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO journeys (id, tenant_id, policy_id, csrf_token, authorize, state, expires_at,
                                                  federation_state_sha256)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(journey.id(), journey.tenantId().toString(), journey.policyId(), journey.csrfToken(),
                            journey.authorize(), journey.state(), SqlTime.of(journey.expiresAt()), stateDigest)
                    .update();
        }
    }

    /** The journey that sent this state value to an identity provider and still waits for the answer. */
    public Optional<PausedJourney> findByFederationState(String federationState) {
        return jdbc.sql("SELECT * FROM journeys WHERE federation_state_sha256 = ? AND expires_at > ?")
                .params(StoredDigest.of(federationState), SqlTime.of(clock.instant()))
                .query(JourneyStore::journey)
                .optional();
    }

    public Optional<PausedJourney> find(String id) {
        return jdbc.sql("SELECT * FROM journeys WHERE id = ? AND expires_at > ?")
                .params(id, SqlTime.of(clock.instant()))
                .query(JourneyStore::journey)
                .optional();
    }

    private static PausedJourney journey(ResultSet row, int n) throws SQLException {
        return new PausedJourney(row.getString("id"), UUID.fromString(row.getString("tenant_id")),
                row.getString("policy_id"), row.getString("csrf_token"), row.getString("authorize"),
                row.getString("state"), SqlTime.read(row, "expires_at"));
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM journeys WHERE id = ?").param(id).update();
    }
}
