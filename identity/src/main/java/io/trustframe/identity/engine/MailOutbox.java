package io.trustframe.identity.engine;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.trustframe.engine.spi.VerificationMail;
import io.trustframe.identity.SqlTime;
import io.trustframe.identity.tenants.Tenant;

/**
 * Where B2C's built-in email verification codes go: Trustframe sends no e-mail (no SMTP), it keeps each mail in
 * {@code mail_outbox} for a person or a test to read. Nothing is logged, the code included.
 */
public final class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    public MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The engine's port for one tenant. */
    public VerificationMail sink(Tenant tenant) {
        return (emailAddress, code, culture) -> jdbc.sql("""
                        INSERT INTO mail_outbox (id, tenant_id, recipient, code, culture, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), tenant.id().toString(), emailAddress, code,
                        (culture == null ? Locale.ENGLISH : culture).toLanguageTag(), SqlTime.of(clock.instant()))
                .update();
    }

    /** The mails to an address, newest first. */
    public List<Mail> to(Tenant tenant, String emailAddress) {
        return jdbc.sql("""
                        SELECT recipient, code, culture, created_at FROM mail_outbox
                        WHERE tenant_id = ? AND LOWER(recipient) = LOWER(?) ORDER BY created_at DESC, id""")
                .params(tenant.id().toString(), emailAddress)
                .query((row, n) -> new Mail(row.getString("recipient"), row.getString("code"),
                        Locale.forLanguageTag(row.getString("culture")), SqlTime.read(row, "created_at")))
                .list();
    }

    /** One verification mail as it would have been sent. */
    public record Mail(String recipient, String code, Locale culture, java.time.Instant createdAt) {
    }
}
