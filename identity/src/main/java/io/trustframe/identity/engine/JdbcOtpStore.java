package io.trustframe.identity.engine;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.trustframe.engine.spi.OtpStore;
import io.trustframe.identity.SqlTime;
import io.trustframe.identity.keys.SecretEnvelope;
import io.trustframe.identity.tenants.Tenant;

/**
 * One tenant's one-time codes in {@code journey_otps}. The engine needs the code back (ReuseSameCode resends it), so
 * it is sealed with the master key rather than hashed; tenant and identifier are bound into the envelope.
 */
public final class JdbcOtpStore implements OtpStore {

    private final JdbcClient jdbc;
    private final SecretEnvelope envelope;
    private final Tenant tenant;

    public JdbcOtpStore(JdbcClient jdbc, SecretEnvelope envelope, Tenant tenant) {
        this.jdbc = jdbc;
        this.envelope = envelope;
        this.tenant = tenant;
    }

    @Override
    public void put(String identifier, OtpEntry entry) {
        String sealed = envelope.seal(entry.code().getBytes(StandardCharsets.UTF_8), context(identifier));
        int updated = jdbc.sql("""
                        UPDATE journey_otps SET sealed_code = ?, expires_at = ?, generated = ?, failed_attempts = ?
                        WHERE tenant_id = ? AND identifier = ?""")
                .params(sealed, SqlTime.of(entry.expiresAt()), entry.generated(), entry.failedAttempts(),
                        tenant.id().toString(), identifier)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO journey_otps (tenant_id, identifier, sealed_code, expires_at, generated, failed_attempts)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(tenant.id().toString(), identifier, sealed, SqlTime.of(entry.expiresAt()), entry.generated(),
                            entry.failedAttempts())
                    .update();
        }
    }

    @Override
    public Optional<OtpEntry> get(String identifier) {
        return jdbc.sql("SELECT * FROM journey_otps WHERE tenant_id = ? AND identifier = ?")
                .params(tenant.id().toString(), identifier)
                .query((row, n) -> new OtpEntry(
                        new String(envelope.open(row.getString("sealed_code"), context(identifier)), StandardCharsets.UTF_8),
                        SqlTime.read(row, "expires_at"), row.getInt("generated"), row.getInt("failed_attempts")))
                .optional();
    }

    @Override
    public void remove(String identifier) {
        jdbc.sql("DELETE FROM journey_otps WHERE tenant_id = ? AND identifier = ?")
                .params(tenant.id().toString(), identifier)
                .update();
    }

    private String context(String identifier) {
        return "otp|" + tenant.id() + "|" + identifier;
    }
}
