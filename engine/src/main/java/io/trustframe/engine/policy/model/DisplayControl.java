package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code DisplayControls/DisplayControl}: a UI element with its own claims and server-side actions. */
public record DisplayControl(SourcePos pos, String id, String userInterfaceControlType,
        List<ClaimReference> inputClaims, List<DisplayClaim> displayClaims, List<ClaimReference> outputClaims,
        List<Action> actions) {

    /** {@code Actions/Action}: e.g. SendCode or VerifyCode, run as validation technical profiles. */
    public record Action(SourcePos pos, String id, List<ValidationClaimsExchangeTechnicalProfile> technicalProfiles) {
    }

    /** {@code ValidationClaimsExchange/ValidationClaimsExchangeTechnicalProfile}. */
    public record ValidationClaimsExchangeTechnicalProfile(SourcePos pos, String technicalProfileReferenceId,
            Boolean continueOnError, Boolean continueOnSuccess, List<Precondition> preconditions) {
    }
}
