package io.trustframe.identity.policies;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;
import io.trustframe.identity.tenants.Tenant;

/**
 * The custom policies of each tenant, as B2C's "Identity Experience Framework" blade and Graph's trustFrameworkPolicy
 * API manage them. An upload is validated together with the tenant's other files, as B2C does: its base policies
 * must be there already (upload order matters), and an upload with an error in its own file is refused, leaving the
 * stored file unchanged. The merged policy set is loaded once per change and cached by tenant and version, so that
 * every node sees a change at its next request.
 */
@Service
public class TenantPolicies {

    private final PolicyFiles files;
    private final Clock clock;
    private final Map<UUID, Loaded> cache = new ConcurrentHashMap<>();

    public TenantPolicies(PolicyFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /**
     * Stores a policy file under {@code id}, which must be the file's PolicyId; answers whether it was new.
     *
     * @throws PolicyUploadException with the validator's lines when the file, with the tenant's others, has errors
     */
    public boolean upload(Tenant tenant, String id, byte[] body) {
        if (body.length > PolicyLoader.MAX_FILE_BYTES) {
            throw rejected(id, "the file is larger than 1024 KB (B2C's limit)");
        }
        String xml = new String(body, StandardCharsets.UTF_8);
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        String name = id + ".xml";
        PolicySet alone = PolicyLoader.load(PolicySource.of(name, xml));
        List<TrustFrameworkPolicy> parsed = alone.policies().values();
        if (parsed.isEmpty()) {
            throw new PolicyUploadException(lines(alone.diagnostics(), name));
        }
        TrustFrameworkPolicy policy = parsed.get(0);
        if (!policy.policyId().equalsIgnoreCase(id)) {
            throw rejected(id, "PolicyId '" + policy.policyId() + "' does not match the policy id '" + id
                    + "' of the request");
        }
        if (!names(tenant, policy.tenantId())) {
            throw rejected(id, "TenantId '" + policy.tenantId() + "' is not this tenant; expected " + tenant.domain());
        }
        List<PolicySource> sources = new ArrayList<>();
        for (StoredPolicy stored : files.all(tenant.id())) {
            if (!stored.id().equalsIgnoreCase(id)) {
                sources.add(PolicySource.of(stored.id() + ".xml", stored.xml()));
            }
        }
        sources.add(PolicySource.of(name, xml));
        PolicySet set = PolicyLoader.load(sources);
        List<Diagnostic> all = new ArrayList<>(set.diagnostics());
        all.addAll(PolicyValidator.validate(set).diagnostics());
        List<String> errors = all.stream().filter(d -> d.isError() && d.pos().file().equals(name))
                .map(Diagnostic::format).toList();
        if (!errors.isEmpty()) {
            throw new PolicyUploadException(errors);
        }
        return files.put(tenant.id(), new StoredPolicy(policy.policyId(), xml, clock.instant()));
    }

    public List<StoredPolicy> list(Tenant tenant) {
        return files.all(tenant.id());
    }

    public Optional<StoredPolicy> find(Tenant tenant, String id) {
        return files.find(tenant.id(), id);
    }

    public boolean delete(Tenant tenant, String id) {
        return files.delete(tenant.id(), id);
    }

    /** The relying-party policy with this PolicyId (any case), merged from the tenant's current files. */
    public Optional<RelyingPartyPolicy> relyingParty(Tenant tenant, String policyId) {
        return policySet(tenant).findRelyingParty(policyId);
    }

    /** The tenant's files loaded and merged; reloaded only after a change. */
    public PolicySet policySet(Tenant tenant) {
        long version = files.version(tenant.id());
        Loaded loaded = cache.get(tenant.id());
        if (loaded != null && loaded.version() == version) {
            return loaded.set();
        }
        List<PolicySource> sources = files.all(tenant.id()).stream()
                .map(p -> PolicySource.of(p.id() + ".xml", p.xml())).toList();
        Loaded fresh = new Loaded(version, PolicyLoader.load(sources));
        cache.put(tenant.id(), fresh);
        return fresh.set();
    }

    private static boolean names(Tenant tenant, String tenantId) {
        return tenantId != null && (tenantId.equalsIgnoreCase(tenant.domain()) || tenantId.equalsIgnoreCase(tenant.name())
                || tenantId.equalsIgnoreCase(tenant.id().toString()));
    }

    /** The diagnostics of the uploaded file; all of them when none points at it (e.g. an unreadable file). */
    private static List<String> lines(List<Diagnostic> diagnostics, String name) {
        List<Diagnostic> own = diagnostics.stream().filter(d -> d.pos().file().equals(name)).toList();
        return (own.isEmpty() ? diagnostics : own).stream().map(Diagnostic::format).toList();
    }

    private static PolicyUploadException rejected(String id, String message) {
        return new PolicyUploadException(List.of(id + ".xml: error: " + message));
    }

    private record Loaded(long version, PolicySet set) {
    }
}
