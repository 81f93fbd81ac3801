package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code UserJourneys/UserJourney}: the orchestration steps a relying party runs. */
public record UserJourney(SourcePos pos, String id, String defaultCpimIssuerTechnicalProfileReferenceId,
        List<Reference> authorizationTechnicalProfiles, List<OrchestrationStep> orchestrationSteps,
        Reference clientDefinition, Boolean preserveOriginalAssertion) {
}
