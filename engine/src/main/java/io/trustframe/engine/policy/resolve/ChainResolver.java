package io.trustframe.engine.policy.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.SourcePos;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/**
 * Finds the {@code BasePolicy} chain of a policy: from the root base policy down to the policy itself. B2C names
 * a base by tenant and policy id and allows at most {@value #MAX_LEVELS} levels of inheritance (service limits).
 */
public final class ChainResolver {

    /** "Levels of inheritance in custom policies: 10" (Azure AD B2C service limits). */
    public static final int MAX_LEVELS = 10;

    private ChainResolver() {
    }

    /** The chain, root first; empty when it is broken, with the reason added to {@code diagnostics}. */
    public static List<TrustFrameworkPolicy> chain(TrustFrameworkPolicy leaf, IdMap<TrustFrameworkPolicy> policies,
            List<Diagnostic> diagnostics) {
        List<TrustFrameworkPolicy> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TrustFrameworkPolicy current = leaf;
        while (current != null) {
            if (!seen.add(IdMap.key(current.policyId()))) {
                SourcePos at = current.basePolicy() == null ? current.pos() : current.basePolicy().pos();
                diagnostics.add(Diagnostic.error(at,
                        "cyclic inheritance: " + cycle(chain, current) + "; expected a chain of BasePolicy references"
                                + " that ends in a policy without BasePolicy"));
                return List.of();
            }
            chain.add(current);
            TrustFrameworkPolicy.BasePolicy base = current.basePolicy();
            if (base == null) {
                break;
            }
            TrustFrameworkPolicy parent = policies.get(base.policyId());
            if (parent == null) {
                diagnostics.add(Diagnostic.error(base.pos(), "base policy '" + base.policyId() + "' is not loaded;"
                        + " expected a policy file with PolicyId=\"" + base.policyId() + "\" among the files given"));
                return List.of();
            }
            if (base.tenantId() != null && parent.tenantId() != null
                    && !base.tenantId().equalsIgnoreCase(parent.tenantId())) {
                diagnostics.add(Diagnostic.error(base.pos(), "base policy '" + base.policyId() + "' belongs to tenant '"
                        + parent.tenantId() + "'; expected tenant '" + base.tenantId()
                        + "' as BasePolicy/TenantId says"));
                return List.of();
            }
            current = parent;
        }
        if (chain.size() > MAX_LEVELS) {
            diagnostics.add(Diagnostic.error(leaf.pos(), "inheritance chain of '" + leaf.policyId() + "' has "
                    + chain.size() + " levels; expected at most " + MAX_LEVELS));
            return List.of();
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    private static String cycle(List<TrustFrameworkPolicy> chain, TrustFrameworkPolicy repeated) {
        StringBuilder text = new StringBuilder();
        boolean inCycle = false;
        for (TrustFrameworkPolicy policy : chain) {
            inCycle |= policy.policyId().equalsIgnoreCase(repeated.policyId());
            if (inCycle) {
                text.append(policy.policyId()).append(" -> ");
            }
        }
        return text.append(repeated.policyId()).toString();
    }
}
