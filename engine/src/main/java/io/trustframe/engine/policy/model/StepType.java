package io.trustframe.engine.policy.model;

import java.util.Optional;

/** The documented values of {@code OrchestrationStep/@Type}. */
public enum StepType {
    ClaimsProviderSelection,
    CombinedSignInAndSignUp,
    ClaimsExchange,
    GetClaims,
    InvokeSubJourney,
    ReviewScreen,
    SendClaims,
    UserDialog;

    public static Optional<StepType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (StepType type : values()) {
            if (type.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
