package io.trustframe.engine.policy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/**
 * Everything {@link PolicyLoader#load} read: the policy files as parsed, each relying-party policy with its chain
 * merged, and what was found on the way (parse errors, unknown elements, broken chains).
 */
public record PolicySet(IdMap<TrustFrameworkPolicy> policies, IdMap<RelyingPartyPolicy> relyingParties,
        List<Diagnostic> diagnostics) {

    /** The merged relying-party policy with this PolicyId (case-insensitive). */
    public RelyingPartyPolicy relyingParty(String policyId) {
        return findRelyingParty(policyId).orElseThrow(() -> new NoSuchElementException(
                "no usable relying-party policy '" + policyId + "' (loaded: " + relyingParties + ")"));
    }

    public Optional<RelyingPartyPolicy> findRelyingParty(String policyId) {
        return relyingParties.find(policyId);
    }

    /** A policy file as written (not merged), by PolicyId. */
    public Optional<TrustFrameworkPolicy> policy(String policyId) {
        return policies.find(policyId);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
