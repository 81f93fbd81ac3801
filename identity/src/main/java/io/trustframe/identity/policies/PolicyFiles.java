package io.trustframe.identity.policies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The uploaded policy files of each tenant, by PolicyId (case-insensitive), with a version that every change raises. */
public interface PolicyFiles {

    /** Stores or replaces the file; answers whether it was new. */
    boolean put(UUID tenantId, StoredPolicy policy);

    /** Stores or replaces every file in one transaction; answers, per file, whether it was new. */
    List<Boolean> putAll(UUID tenantId, List<StoredPolicy> policies);

    Optional<StoredPolicy> find(UUID tenantId, String policyId);

    /** Every file of the tenant, by PolicyId. */
    List<StoredPolicy> all(UUID tenantId);

    /** @return whether the file existed */
    boolean delete(UUID tenantId, String policyId);

    /** Raised by every put and delete; 0 before the first. */
    long version(UUID tenantId);
}
