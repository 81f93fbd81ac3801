package io.trustframe.engine.policy.model;

import java.util.List;

/**
 * {@code TechnicalProfile}, in a claims provider or as the relying party's profile. As parsed, fields a file does
 * not set are {@code null} (scalars) or empty (lists); after resolution, base definitions, overrides in derived
 * policies and {@code IncludeTechnicalProfile} are merged in and {@code includeTechnicalProfile} is kept only
 * for reference.
 */
public record TechnicalProfile(
        SourcePos pos,
        String id,
        String displayName,
        String description,
        Protocol protocol,
        String inputTokenFormat,
        String outputTokenFormat,
        Metadata metadata,
        List<CryptographicKey> cryptographicKeys,
        List<Reference> inputClaimsTransformations,
        List<ClaimReference> inputClaims,
        List<DisplayClaim> displayClaims,
        List<ClaimReference> persistedClaims,
        List<ClaimReference> outputClaims,
        List<Reference> outputClaimsTransformations,
        List<ValidationTechnicalProfile> validationTechnicalProfiles,
        SubjectNamingInfo subjectNamingInfo,
        Boolean includeInSso,
        Reference includeClaimsFromTechnicalProfile,
        Reference includeTechnicalProfile,
        Reference useTechnicalProfileForSessionManagement,
        String enabledForUserJourneys,
        String domainName) {

    /** {@code Protocol}: {@code Name} (OAuth1, OAuth2, OpenIdConnect, SAML2, Proprietary, None) and handler. */
    public record Protocol(SourcePos pos, String name, String handler) {

        /** The handler's .NET type name without the assembly part, e.g. Web.TPEngine.Providers.RestfulProvider. */
        public String handlerType() {
            return handler == null ? null : handler.split(",")[0].strip();
        }
    }

    /** {@code CryptographicKeys/Key}: a policy key by its storage reference (e.g. B2C_1A_TokenSigningKeyContainer). */
    public record CryptographicKey(SourcePos pos, String id, String storageReferenceId) {
    }

    /** {@code ValidationTechnicalProfiles/ValidationTechnicalProfile}. */
    public record ValidationTechnicalProfile(SourcePos pos, String referenceId, Boolean continueOnError,
            Boolean continueOnSuccess, List<Precondition> preconditions) {
    }

    /** {@code SubjectNamingInfo}: which claim becomes the token subject. */
    public record SubjectNamingInfo(SourcePos pos, String claimType, String nameFormat, String excludedAttributes) {
    }

    /** Metadata never null, for the executor's convenience. */
    public Metadata metadataOrEmpty() {
        return metadata == null ? Metadata.EMPTY : metadata;
    }

    /**
     * {@code EnabledForUserJourneys}: Always (the default), Never, OnClaimsExistence,
     * OnItemExistenceInStringCollectionClaim or OnItemAbsenceInStringCollectionClaim.
     */
    public String enabledForUserJourneysOrDefault() {
        return enabledForUserJourneys == null ? "Always" : enabledForUserJourneys;
    }
}
