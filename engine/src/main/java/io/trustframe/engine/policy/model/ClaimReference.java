package io.trustframe.engine.policy.model;

/**
 * The shared shape of {@code InputClaim}, {@code OutputClaim} and {@code PersistedClaim}: a claim type by Id and
 * how it maps to the partner ({@code PartnerClaimType}) or to a transformation's parameter
 * ({@code TransformationClaimType}). Absent attributes are {@code null}.
 */
public record ClaimReference(SourcePos pos, String claimTypeReferenceId, String defaultValue,
        String partnerClaimType, String transformationClaimType, Boolean required, Boolean alwaysUseDefaultValue) {

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** The name the partner (or the transformation) knows the claim by. */
    public String partnerName() {
        return partnerClaimType != null ? partnerClaimType : claimTypeReferenceId;
    }
}
