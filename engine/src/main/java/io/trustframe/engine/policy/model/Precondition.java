package io.trustframe.engine.policy.model;

import java.util.List;

/**
 * {@code Preconditions/Precondition}: {@code Type} ClaimsExist or ClaimEquals over its {@code Value}s (the first
 * is a claim type Id); when the test equals {@code ExecuteActionsIf}, {@code Action} (SkipThisOrchestrationStep,
 * SkipThisValidationTechnicalProfile) applies.
 */
public record Precondition(SourcePos pos, String type, Boolean executeActionsIf, List<String> values,
        String action) {
}
