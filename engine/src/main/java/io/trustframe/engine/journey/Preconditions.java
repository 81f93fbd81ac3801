package io.trustframe.engine.journey;

import io.trustframe.engine.policy.model.Precondition;
import java.util.List;

/**
 * Orchestration-step and validation-profile preconditions. Each precondition is evaluated in order; the first whose
 * test result equals its {@code ExecuteActionsIf} (default true) applies its action, which is to skip. ClaimsExist is
 * true when the claim has a value; ClaimEquals when the claim's value equals the second Value (ordinal comparison,
 * as B2C compares), and false when the claim is absent.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static boolean skip(List<Precondition> preconditions, ClaimsBag claims) {
        for (Precondition precondition : preconditions) {
            boolean test = test(precondition, claims);
            boolean executeIf = precondition.executeActionsIf() == null || precondition.executeActionsIf();
            if (test == executeIf && isSkip(precondition.action())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkip(String action) {
        return action != null && (action.strip().equalsIgnoreCase("SkipThisOrchestrationStep")
                || action.strip().equalsIgnoreCase("SkipThisValidationTechnicalProfile"));
    }

    private static boolean test(Precondition precondition, ClaimsBag claims) {
        List<String> values = precondition.values();
        if (values.isEmpty()) {
            return false;
        }
        String claimType = values.get(0).strip();
        if ("ClaimEquals".equalsIgnoreCase(precondition.type())) {
            String expected = values.size() > 1 ? values.get(1) : "";
            return claims.get(claimType).map(v -> v.equals(expected)).orElse(false);
        }
        return claims.get(claimType).isPresent();
    }
}
