package io.trustframe.identity.policies;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import io.trustframe.identity.SqlTime;

@Repository
public class JdbcPolicyFiles implements PolicyFiles {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public JdbcPolicyFiles(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean put(UUID tenantId, StoredPolicy policy) {
        return putAll(tenantId, List.of(policy)).get(0);
    }

    @Override
    public List<Boolean> putAll(UUID tenantId, List<StoredPolicy> policies) {
        return transactions.execute(status -> {
            raiseVersion(tenantId);
            return policies.stream().map(policy -> store(tenantId, policy)).toList();
        });
    }

    private boolean store(UUID tenantId, StoredPolicy policy) {
        int updated = jdbc.sql("UPDATE trust_framework_policies SET id = ?, xml = ?, uploaded_at = ? WHERE tenant_id = ? AND id_key = ?")
                .params(policy.id(), policy.xml(), SqlTime.of(policy.uploadedAt()), tenantId.toString(), key(policy.id()))
                .update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO trust_framework_policies (tenant_id, id_key, id, xml, uploaded_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenantId.toString(), key(policy.id()), policy.id(), policy.xml(), SqlTime.of(policy.uploadedAt()))
                .update();
        return true;
    }

    @Override
    public Optional<StoredPolicy> find(UUID tenantId, String policyId) {
        return jdbc.sql("SELECT id, xml, uploaded_at FROM trust_framework_policies WHERE tenant_id = ? AND id_key = ?")
                .params(tenantId.toString(), key(policyId))
                .query((row, n) -> new StoredPolicy(row.getString("id"), row.getString("xml"), SqlTime.read(row, "uploaded_at")))
                .optional();
    }

    @Override
    public List<StoredPolicy> all(UUID tenantId) {
        return jdbc.sql("SELECT id, xml, uploaded_at FROM trust_framework_policies WHERE tenant_id = ? ORDER BY id_key")
                .param(tenantId.toString())
                .query((row, n) -> new StoredPolicy(row.getString("id"), row.getString("xml"), SqlTime.read(row, "uploaded_at")))
                .list();
    }

    @Override
    public boolean delete(UUID tenantId, String policyId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int deleted = jdbc.sql("DELETE FROM trust_framework_policies WHERE tenant_id = ? AND id_key = ?")
                    .params(tenantId.toString(), key(policyId))
                    .update();
            if (deleted > 0) {
                raiseVersion(tenantId);
            }
            return deleted > 0;
        }));
    }

    @Override
    public long version(UUID tenantId) {
        return jdbc.sql("SELECT version FROM policy_set_versions WHERE tenant_id = ?")
                .param(tenantId.toString())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Under the row lock of the version, so concurrent uploads of one tenant are serialised. */
    private void raiseVersion(UUID tenantId) {
        int updated = jdbc.sql("UPDATE policy_set_versions SET version = version + 1 WHERE tenant_id = ?")
                .param(tenantId.toString())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO policy_set_versions (tenant_id, version) VALUES (?, 1)")
                    .param(tenantId.toString())
                    .update();
        }
    }

    private static String key(String policyId) {
        return policyId.toLowerCase(Locale.ROOT);
    }
}
