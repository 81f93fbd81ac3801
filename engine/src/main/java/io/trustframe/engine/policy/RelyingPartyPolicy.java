package io.trustframe.engine.policy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.trustframe.engine.policy.model.BuildingBlocks.ClientDefinition;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ClaimsProvider;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.Predicate;
import io.trustframe.engine.policy.model.PredicateValidation;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.SubJourney;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;
import io.trustframe.engine.policy.model.UserJourney;

/**
 * A relying-party policy with its whole {@code BasePolicy} chain merged: what the executor runs. Every lookup is
 * by Id, case-insensitively, as in B2C. Technical profiles are fully resolved (base overrides and
 * {@code IncludeTechnicalProfile} merged in).
 *
 * @param chain             the files from the root base policy to this leaf, in inheritance order
 * @param claimsProviders   claims providers merged by {@code DisplayName}, holding resolved technical profiles
 * @param localization      the merged {@code Localization} (may be {@code null} when no file has one)
 */
public record RelyingPartyPolicy(
        String policyId,
        String tenantId,
        List<TrustFrameworkPolicy> chain,
        IdMap<ClaimType> claimTypes,
        IdMap<Predicate> predicates,
        IdMap<PredicateValidation> predicateValidations,
        IdMap<ClaimsTransformation> claimsTransformations,
        IdMap<ClientDefinition> clientDefinitions,
        IdMap<ContentDefinition> contentDefinitions,
        Localization localization,
        IdMap<Localization.LocalizedResources> localizedResources,
        IdMap<DisplayControl> displayControls,
        IdMap<TechnicalProfile> technicalProfiles,
        IdMap<ClaimsProvider> claimsProviderOfTechnicalProfile,
        IdMap<UserJourney> userJourneys,
        IdMap<SubJourney> subJourneys,
        RelyingParty relyingParty) {

    /** The leaf file: the one with the {@code RelyingParty} element. */
    public TrustFrameworkPolicy leaf() {
        return chain.get(chain.size() - 1);
    }

    public String deploymentMode() {
        return leaf().deploymentMode();
    }

    /** The journey {@code DefaultUserJourney} names, or empty when it names none that exists. */
    public Optional<UserJourney> defaultUserJourney() {
        if (relyingParty.defaultUserJourney() == null) {
            return Optional.empty();
        }
        return userJourneys.find(relyingParty.defaultUserJourney().referenceId());
    }

    /** The relying party's technical profile (the token it issues: protocol, output claims, subject). */
    public TechnicalProfile relyingPartyProfile() {
        return relyingParty.technicalProfile();
    }

    public ClaimType claimType(String id) {
        return require(claimTypes.get(id), "claim type", id);
    }

    public TechnicalProfile technicalProfile(String id) {
        return require(technicalProfiles.get(id), "technical profile", id);
    }

    public ClaimsTransformation claimsTransformation(String id) {
        return require(claimsTransformations.get(id), "claims transformation", id);
    }

    public ContentDefinition contentDefinition(String id) {
        return require(contentDefinitions.get(id), "content definition", id);
    }

    public DisplayControl displayControl(String id) {
        return require(displayControls.get(id), "display control", id);
    }

    public UserJourney userJourney(String id) {
        return require(userJourneys.get(id), "user journey", id);
    }

    public SubJourney subJourney(String id) {
        return require(subJourneys.get(id), "sub-journey", id);
    }

    /** The claims provider a technical profile is declared in ({@code Domain} feeds domain_hint). */
    public Optional<ClaimsProvider> claimsProviderOf(String technicalProfileId) {
        return claimsProviderOfTechnicalProfile.find(technicalProfileId);
    }

    private <T> T require(T found, String kind, String id) {
        if (found == null) {
            throw new NoSuchElementException(policyId + " has no " + kind + " '" + id + "'");
        }
        return found;
    }

    /**
     * The name a technical profile's partner (a REST service, an identity provider, the token's reader) knows a
     * claim by: the reference's PartnerClaimType, else the claim type's DefaultPartnerClaimTypes entry for the
     * profile's protocol, else the ClaimTypeReferenceId as written — B2C names a token claim after the OutputClaim's
     * reference even when the ClaimType is spelled differently (the walkthrough's {@code amount} vs {@code Amount}).
     */
    public String partnerClaimName(TechnicalProfile profile, ClaimReference reference) {
        if (reference.partnerClaimType() != null) {
            return reference.partnerClaimType();
        }
        String protocol = profile.protocol() == null ? null : profile.protocol().name();
        return claimTypes().find(reference.claimTypeReferenceId())
                .flatMap(type -> protocol == null ? Optional.empty() : type.partnerClaimType(protocol))
                .orElse(reference.claimTypeReferenceId());
    }
}
