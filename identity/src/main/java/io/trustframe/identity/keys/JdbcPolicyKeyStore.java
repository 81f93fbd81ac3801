package io.trustframe.identity.keys;

import java.security.cert.CertificateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import io.trustframe.identity.SqlTime;

@Repository
public class JdbcPolicyKeyStore implements PolicyKeyStore {

    private static final String SELECT_KEYS = """
            SELECT s.name AS key_set_name, k.key_set, k.version, k.kid, k.kty, k.key_use, k.origin, k.nbf, k.exp,
                   k.public_key, k.certificate, k.sealed_secret IS NOT NULL AS has_private, k.created_at
            FROM policy_keys k JOIN key_sets s ON s.tenant_id = k.tenant_id AND s.name_key = k.key_set
            """;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    public JdbcPolicyKeyStore(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public KeySet createKeySet(UUID tenantId, String name) {
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO key_sets (tenant_id, name_key, name, created_at) VALUES (?, ?, ?, ?)")
                    .params(tenantId.toString(), lookup(name), name, SqlTime.of(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PolicyKeyException(PolicyKeyException.Reason.KEY_SET_EXISTS, "the key set " + name + " exists");
        }
        return new KeySet(name, now, List.of());
    }

    @Override
    public List<KeySet> keySets(UUID tenantId) {
        Map<String, List<PolicyKey>> keys = new LinkedHashMap<>();
        jdbc.sql(SELECT_KEYS + "WHERE k.tenant_id = ? ORDER BY k.key_set, k.version")
                .param(tenantId.toString())
                .query(JdbcPolicyKeyStore::key)
                .list()
                .forEach(key -> keys.computeIfAbsent(lookup(key.keySet()), k -> new ArrayList<>()).add(key));
        return jdbc.sql("SELECT name_key, name, created_at FROM key_sets WHERE tenant_id = ? ORDER BY name_key")
                .param(tenantId.toString())
                .query((row, n) -> new KeySet(row.getString("name"), SqlTime.read(row, "created_at"),
                        keys.getOrDefault(row.getString("name_key"), List.of())))
                .list();
    }

    @Override
    public Optional<KeySet> keySet(UUID tenantId, String name) {
        return jdbc.sql("SELECT name, created_at FROM key_sets WHERE tenant_id = ? AND name_key = ?")
                .params(tenantId.toString(), lookup(name))
                .query((row, n) -> new KeySet(row.getString("name"), SqlTime.read(row, "created_at"), List.of()))
                .optional()
                .map(set -> new KeySet(set.name(), set.created(), keys(tenantId, name)));
    }

    private List<PolicyKey> keys(UUID tenantId, String keySet) {
        return jdbc.sql(SELECT_KEYS + "WHERE k.tenant_id = ? AND k.key_set = ? ORDER BY k.version")
                .params(tenantId.toString(), lookup(keySet))
                .query(JdbcPolicyKeyStore::key)
                .list();
    }

    @Override
    public boolean deleteKeySet(UUID tenantId, String name) {
        return jdbc.sql("DELETE FROM key_sets WHERE tenant_id = ? AND name_key = ?")
                .params(tenantId.toString(), lookup(name))
                .update() > 0;
    }

    /** The container row is locked while the next version is chosen, so concurrent uploads get distinct versions. */
    @Override
    public PolicyKey add(UUID tenantId, String keySet, NewKey key) {
        int version = transactions.execute(status -> {
            String setName = jdbc.sql("SELECT name FROM key_sets WHERE tenant_id = ? AND name_key = ? FOR UPDATE")
                    .params(tenantId.toString(), lookup(keySet))
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new PolicyKeyException(PolicyKeyException.Reason.KEY_SET_NOT_FOUND,
                            "the key set " + keySet + " does not exist"));
            int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM policy_keys WHERE tenant_id = ? AND key_set = ?")
                    .params(tenantId.toString(), lookup(keySet))
                    .query(Integer.class)
                    .single();
            try {
                jdbc.sql("""
                        INSERT INTO policy_keys (tenant_id, key_set, version, kid, kty, key_use, origin, nbf, exp,
                                                 public_key, certificate, sealed_secret, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(tenantId.toString(), lookup(keySet), next, key.kid(), key.type().name(), key.use().name(),
                                key.origin().name(), SqlTime.of(key.notBefore()), SqlTime.of(key.expires()),
                                key.publicKey() == null ? null : Keys.base64(key.publicKey()),
                                key.certificate() == null ? null : Keys.base64(key.certificate()),
                                key.sealedSecret(), SqlTime.of(clock.instant()))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new PolicyKeyException(PolicyKeyException.Reason.DUPLICATE_KEY,
                        "the key set " + setName + " already holds this key (kid " + key.kid() + ")");
            }
            return next;
        });
        return keys(tenantId, keySet).stream().filter(stored -> stored.version() == version).findFirst().orElseThrow();
    }

    @Override
    public Optional<String> sealedSecret(UUID tenantId, String keySet, int version) {
        return jdbc.sql("SELECT sealed_secret FROM policy_keys WHERE tenant_id = ? AND key_set = ? AND version = ?")
                .params(tenantId.toString(), lookup(keySet), version)
                .query((row, n) -> Optional.ofNullable(row.getString(1)))
                .optional()
                .flatMap(secret -> secret);
    }

    private static String lookup(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static PolicyKey key(ResultSet row, int rowNumber) throws SQLException {
        String publicKey = row.getString("public_key");
        String certificate = row.getString("certificate");
        try {
            return new PolicyKey(
                    row.getString("key_set_name"),
                    row.getInt("version"),
                    row.getString("kid"),
                    KeyType.valueOf(row.getString("kty")),
                    KeyUse.valueOf(row.getString("key_use")),
                    KeyOrigin.valueOf(row.getString("origin")),
                    SqlTime.read(row, "nbf"),
                    SqlTime.read(row, "exp"),
                    publicKey == null ? null : Keys.rsaPublicKey(Keys.unbase64(publicKey)),
                    certificate == null ? null : Keys.certificate(Keys.unbase64(certificate)),
                    row.getBoolean("has_private"),
                    SqlTime.read(row, "created_at"));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored certificate does not decode", e);
        }
    }
}
