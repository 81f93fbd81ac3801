package io.trustframe.engine.policy.model;

/**
 * {@code DisplayClaim}: a claim (or, in a self-asserted profile, a whole display control) shown on the page,
 * in order. Exactly one of {@code claimTypeReferenceId} and {@code displayControlReferenceId} is set in a valid
 * policy; {@code controlClaimType} names the claim's role inside a display control (e.g. VerificationCode).
 */
public record DisplayClaim(SourcePos pos, String claimTypeReferenceId, String displayControlReferenceId,
        String controlClaimType, Boolean required) {

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** The Id this entry is merged by when a derived policy repeats it. */
    public String mergeKey() {
        return displayControlReferenceId != null ? "dc:" + displayControlReferenceId : "ct:" + claimTypeReferenceId;
    }
}
