package io.trustframe.engine.policy.validate;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/** Runs every check: each file on its own, then each merged relying-party policy. */
public final class PolicyChecks {

    private PolicyChecks() {
    }

    public static List<Diagnostic> check(PolicySet policies) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (TrustFrameworkPolicy policy : policies.policies().values()) {
            diagnostics.addAll(FileChecks.check(policy));
        }
        for (RelyingPartyPolicy policy : policies.relyingParties().values()) {
            diagnostics.addAll(check(policy));
        }
        return diagnostics;
    }

    public static List<Diagnostic> check(RelyingPartyPolicy policy) {
        Findings findings = new Findings(policy);
        Reachability reachable = Reachability.of(policy);
        new BuildingBlockChecks(policy, findings, reachable).check();
        new TransformationChecks(policy, findings, reachable).check();
        ProfileChecks profiles = new ProfileChecks(policy, findings, reachable);
        profiles.check();
        if (policy.relyingParty().technicalProfile() != null) {
            profiles.profile(policy.relyingParty().technicalProfile(), true);
        }
        new JourneyChecks(policy, findings, reachable).check();
        return findings.diagnostics;
    }
}
