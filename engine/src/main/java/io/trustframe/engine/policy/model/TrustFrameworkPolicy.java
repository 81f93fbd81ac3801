package io.trustframe.engine.policy.model;

import java.util.List;

/**
 * One policy file as written: the root {@code TrustFrameworkPolicy} element. Elements a derived file only
 * extends are partial here (absent children are {@code null} or empty); {@code resolve} merges the chain.
 */
public record TrustFrameworkPolicy(
        SourcePos pos,
        String policySchemaVersion,
        String tenantId,
        String tenantObjectId,
        String policyId,
        String publicPolicyUri,
        String deploymentMode,
        String userJourneyRecorderEndpoint,
        BasePolicy basePolicy,
        BuildingBlocks buildingBlocks,
        List<ClaimsProvider> claimsProviders,
        List<UserJourney> userJourneys,
        List<SubJourney> subJourneys,
        RelyingParty relyingParty) {

    /** {@code BasePolicy}: the policy this one inherits from, named by tenant and policy id. */
    public record BasePolicy(SourcePos pos, String tenantId, String policyId) {
    }

    public boolean isRelyingParty() {
        return relyingParty != null;
    }
}
