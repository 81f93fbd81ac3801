package io.trustframe.identity.apps;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import io.trustframe.identity.SqlTime;
import io.trustframe.identity.apps.AppRegistrationException.Reason;
import io.trustframe.identity.tenants.Tenant;

@Repository
public class JdbcAppRegistrations implements AppRegistrations {

    /** Entra's default lifetime of a new client secret. */
    private static final Period DEFAULT_SECRET_LIFETIME = Period.ofYears(2);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ClientSecrets secrets;
    private final Clock clock;

    public JdbcAppRegistrations(JdbcClient jdbc, TransactionOperations transactions, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = new ClientSecrets(random);
        this.clock = clock;
    }

    @Override
    public Created create(Tenant tenant, NewApplication application) {
        String name = application.displayName();
        if (name == null || name.isBlank() || name.length() > 256) {
            throw new AppRegistrationException(Reason.INVALID_VALUE, "displayName must be 1 to 256 characters");
        }
        RedirectUriRules.check(application.redirectUris());
        UUID id = UUID.randomUUID();
        UUID appId = UUID.randomUUID();
        Optional<NewSecret> secret = transactions.execute(status -> {
            jdbc.sql("INSERT INTO applications (id, tenant_id, app_id, display_name, public_client, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id.toString(), tenant.id().toString(), appId.toString(), name.strip(),
                            application.publicClient(), SqlTime.of(clock.instant()))
                    .update();
            int position = 0;
            for (RedirectUri uri : application.redirectUris()) {
                jdbc.sql("INSERT INTO application_redirect_uris (application_id, position, platform, uri) VALUES (?, ?, ?, ?)")
                        .params(id.toString(), position++, uri.platform().name(), uri.uri())
                        .update();
            }
            return application.publicClient() ? Optional.<NewSecret>empty() : Optional.of(insertSecret(id, null, null));
        });
        return new Created(find(tenant, id).orElseThrow(), secret);
    }

    @Override
    public Optional<Application> find(Tenant tenant, UUID idOrAppId) {
        return jdbc.sql("SELECT id, app_id, display_name, public_client, created_at FROM applications "
                        + "WHERE tenant_id = ? AND (id = ? OR app_id = ?)")
                .params(tenant.id().toString(), idOrAppId.toString(), idOrAppId.toString())
                .query(JdbcAppRegistrations::row)
                .optional()
                .map(this::withDetails);
    }

    @Override
    public List<Application> list(Tenant tenant) {
        return jdbc.sql("SELECT id, app_id, display_name, public_client, created_at FROM applications "
                        + "WHERE tenant_id = ? ORDER BY created_at, id")
                .param(tenant.id().toString())
                .query(JdbcAppRegistrations::row)
                .list()
                .stream()
                .map(this::withDetails)
                .toList();
    }

    @Override
    public boolean delete(Tenant tenant, UUID idOrAppId) {
        return jdbc.sql("DELETE FROM applications WHERE tenant_id = ? AND (id = ? OR app_id = ?)")
                .params(tenant.id().toString(), idOrAppId.toString(), idOrAppId.toString())
                .update() > 0;
    }

    @Override
    public NewSecret addSecret(Tenant tenant, UUID idOrAppId, String displayName, Instant endDateTime) {
        Application application = existing(tenant, idOrAppId);
        if (application.publicClient()) {
            throw new AppRegistrationException(Reason.INVALID_VALUE, "a public client has no client secrets");
        }
        if (endDateTime != null && !endDateTime.isAfter(clock.instant())) {
            throw new AppRegistrationException(Reason.INVALID_VALUE, "endDateTime must be in the future");
        }
        if (displayName != null && displayName.length() > 256) {
            throw new AppRegistrationException(Reason.INVALID_VALUE, "displayName must be at most 256 characters");
        }
        return insertSecret(application.id(), displayName, endDateTime);
    }

    @Override
    public void removeSecret(Tenant tenant, UUID idOrAppId, UUID keyId) {
        Application application = existing(tenant, idOrAppId);
        int removed = jdbc.sql("DELETE FROM application_secrets WHERE application_id = ? AND key_id = ?")
                .params(application.id().toString(), keyId.toString())
                .update();
        if (removed == 0) {
            throw new AppRegistrationException(Reason.SECRET_NOT_FOUND, "the application has no secret with keyId " + keyId);
        }
    }

    @Override
    public boolean verifySecret(Tenant tenant, UUID appId, String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        List<String> digests = jdbc.sql("""
                        SELECT s.secret_sha256 FROM application_secrets s JOIN applications a ON a.id = s.application_id
                        WHERE a.tenant_id = ? AND a.app_id = ? AND a.public_client = FALSE AND s.start_at <= ? AND s.end_at > ?""")
                .params(tenant.id().toString(), appId.toString(), SqlTime.of(now), SqlTime.of(now))
                .query(String.class)
                .list();
        boolean matched = false;
        for (String digest : digests) {
            matched |= ClientSecrets.matches(secret, digest);
        }
        return matched;
    }

    private Application existing(Tenant tenant, UUID idOrAppId) {
        return find(tenant, idOrAppId).orElseThrow(() -> new AppRegistrationException(Reason.APPLICATION_NOT_FOUND,
                "Resource '" + idOrAppId + "' does not exist or one of its queried reference-property objects are not present."));
    }

    private NewSecret insertSecret(UUID applicationId, String displayName, Instant endDateTime) {
        Instant start = clock.instant();
        Instant end = endDateTime != null ? endDateTime
                : start.atOffset(ZoneOffset.UTC).plus(DEFAULT_SECRET_LIFETIME).toInstant();
        String text = secrets.generate();
        PasswordCredential credential = new PasswordCredential(UUID.randomUUID(), displayName, ClientSecrets.hint(text), start, end);
        jdbc.sql("""
                INSERT INTO application_secrets (application_id, key_id, display_name, hint, secret_sha256, start_at, end_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId.toString(), credential.keyId().toString(), displayName, credential.hint(),
                        ClientSecrets.digest(text), SqlTime.of(start), SqlTime.of(end))
                .update();
        return new NewSecret(credential, text);
    }

    private static Application row(ResultSet row, int rowNumber) throws SQLException {
        return new Application(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("app_id")),
                row.getString("display_name"), row.getBoolean("public_client"), List.of(), List.of(),
                SqlTime.read(row, "created_at"));
    }

    /** Adds redirect URIs and secrets, read after the application row so that no two statements are open at once. */
    private Application withDetails(Application application) {
        String id = application.id().toString();
        List<RedirectUri> uris = jdbc.sql("SELECT platform, uri FROM application_redirect_uris WHERE application_id = ? ORDER BY position")
                .param(id)
                .query((r, n) -> new RedirectUri(Platform.valueOf(r.getString("platform")), r.getString("uri")))
                .list();
        List<PasswordCredential> credentials = jdbc.sql("""
                        SELECT key_id, display_name, hint, start_at, end_at FROM application_secrets
                        WHERE application_id = ? ORDER BY start_at, key_id""")
                .param(id)
                .query((r, n) -> new PasswordCredential(UUID.fromString(r.getString("key_id")), r.getString("display_name"),
                        r.getString("hint"), SqlTime.read(r, "start_at"), SqlTime.read(r, "end_at")))
                .list();
        return new Application(application.id(), application.appId(), application.displayName(),
                application.publicClient(), uris, credentials, application.createdDateTime());
    }
}
