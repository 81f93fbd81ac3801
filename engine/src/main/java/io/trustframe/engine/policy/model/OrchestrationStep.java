package io.trustframe.engine.policy.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code OrchestrationStep}. {@code type} is the text as written; {@link #stepType()} interprets it.
 * {@code order} is {@code null} when the attribute is missing or not a number (reported by the validator).
 */
public record OrchestrationStep(SourcePos pos, Integer order, String type, String contentDefinitionReferenceId,
        String cpimIssuerTechnicalProfileReferenceId, List<Precondition> preconditions,
        List<ClaimsProviderSelection> claimsProviderSelections, Boolean displayOption,
        List<ClaimsExchange> claimsExchanges, List<Candidate> journeyList) {

    /** {@code ClaimsProviderSelection}: one identity-provider button, targeting a claims exchange of the next step. */
    public record ClaimsProviderSelection(SourcePos pos, String targetClaimsExchangeId,
            String validationClaimsExchangeId) {
    }

    /** {@code ClaimsExchanges/ClaimsExchange}: run one technical profile. */
    public record ClaimsExchange(SourcePos pos, String id, String technicalProfileReferenceId) {
    }

    /** {@code JourneyList/Candidate}: the sub-journey an InvokeSubJourney step runs. */
    public record Candidate(SourcePos pos, String subJourneyReferenceId) {
    }

    public Optional<StepType> stepType() {
        return StepType.parse(type);
    }
}
