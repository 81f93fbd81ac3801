package io.trustframe.identity.policies;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Upload upload = parse(tenant, id + ".xml", body);
        if (!upload.policyId().equalsIgnoreCase(id)) {
            throw rejected(id + ".xml", "PolicyId '" + upload.policyId() + "' does not match the policy id '" + id
                    + "' of the request");
        }
        validateWithStored(tenant, List.of(upload));
        return files.put(tenant.id(), new StoredPolicy(upload.policyId(), upload.xml(), clock.instant()));
    }

    /**
     * Stores several policy files at once, all or nothing: they are validated together with the tenant's other files
     * (so a relying party may come with its new base), and stored in one transaction only when none has an error.
     * Answers, per file in the given order, its PolicyId and whether it was new. B2C has no such operation; it saves
     * a deployment from being left half-uploaded when its fourth file is refused.
     *
     * @throws PolicyUploadException with the validator's lines of every file that has errors; nothing is stored
     */
    public List<Stored> uploadAll(Tenant tenant, List<byte[]> bodies) {
        if (bodies.isEmpty()) {
            throw new PolicyUploadException(List.of("error: no policy file was given"));
        }
        List<Upload> uploads = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Upload> byId = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            try {
                Upload upload = parse(tenant, "file " + (i + 1), bodies.get(i));
                Upload earlier = byId.putIfAbsent(upload.policyId().toLowerCase(Locale.ROOT), upload);
                if (earlier != null) {
                    errors.add(upload.name() + ": error: PolicyId '" + upload.policyId() + "' is given twice");
                }
                uploads.add(upload);
            } catch (PolicyUploadException e) {
                errors.addAll(e.lines());
            }
        }
        if (!errors.isEmpty()) {
            throw new PolicyUploadException(errors);
        }
        validateWithStored(tenant, uploads);
        List<StoredPolicy> stored = uploads.stream()
                .map(u -> new StoredPolicy(u.policyId(), u.xml(), clock.instant())).toList();
        List<Boolean> created = files.putAll(tenant.id(), stored);
        List<Stored> answer = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            answer.add(new Stored(stored.get(i).id(), created.get(i)));
        }
        return answer;
    }

    /** A stored file's PolicyId and whether it was new. */
    public record Stored(String id, boolean created) {
    }

    /** An uploaded file read far enough to know its PolicyId; messages name it {@code <PolicyId>.xml}. */
    private record Upload(String policyId, String name, String xml) {
    }

    private Upload parse(Tenant tenant, String label, byte[] body) {
        if (body.length > PolicyLoader.MAX_FILE_BYTES) {
            throw rejected(label, "the file is larger than 1024 KB (B2C's limit)");
        }
        String xml = new String(body, StandardCharsets.UTF_8);
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        PolicySet alone = PolicyLoader.load(PolicySource.of(label, xml));
        List<TrustFrameworkPolicy> parsed = alone.policies().values();
        if (parsed.isEmpty()) {
            throw new PolicyUploadException(lines(alone.diagnostics(), label));
        }
        TrustFrameworkPolicy policy = parsed.get(0);
        String name = policy.policyId() + ".xml";
        if (!names(tenant, policy.tenantId())) {
            throw rejected(name, "TenantId '" + policy.tenantId() + "' is not this tenant; expected " + tenant.domain());
        }
        return new Upload(policy.policyId(), name, xml);
    }

    /** Refuses the uploads when, loaded with the tenant's files they do not replace, any of them has an error. */
    private void validateWithStored(Tenant tenant, List<Upload> uploads) {
        Set<String> replaced = new HashSet<>();
        uploads.forEach(u -> replaced.add(u.policyId().toLowerCase(Locale.ROOT)));
        List<PolicySource> sources = new ArrayList<>();
        for (StoredPolicy stored : files.all(tenant.id())) {
            if (!replaced.contains(stored.id().toLowerCase(Locale.ROOT))) {
                sources.add(PolicySource.of(stored.id() + ".xml", stored.xml()));
            }
        }
        uploads.forEach(u -> sources.add(PolicySource.of(u.name(), u.xml())));
        Set<String> names = new HashSet<>();
        uploads.forEach(u -> names.add(u.name()));
        PolicySet set = PolicyLoader.load(sources);
        List<Diagnostic> all = new ArrayList<>(set.diagnostics());
        all.addAll(PolicyValidator.validate(set).diagnostics());
        List<String> errors = all.stream().filter(d -> d.isError() && names.contains(d.pos().file()))
                .map(Diagnostic::format).toList();
        if (!errors.isEmpty()) {
            throw new PolicyUploadException(errors);
        }
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

    private static PolicyUploadException rejected(String name, String message) {
        return new PolicyUploadException(List.of(name + ": error: " + message));
    }

    private record Loaded(long version, PolicySet set) {
    }
}
