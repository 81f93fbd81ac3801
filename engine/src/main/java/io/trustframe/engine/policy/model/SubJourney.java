package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code SubJourneys/SubJourney}: steps a journey calls ({@code Type} Call) or hands over to ({@code Transfer}). */
public record SubJourney(SourcePos pos, String id, String type, List<OrchestrationStep> orchestrationSteps) {

    public boolean isTransfer() {
        return "Transfer".equalsIgnoreCase(type);
    }
}
