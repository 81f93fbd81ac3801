package io.trustframe.identity.oidc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.StepType;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.model.UserJourney;
import io.trustframe.identity.tenants.Tenant;

/**
 * One policy's OpenID Connect endpoints: the tenant, the merged relying-party policy and where its endpoints live
 * ({@code <base>/<tenant domain>/<policy id in lower case>/…}, as B2C writes them into its metadata).
 */
public record PolicyEndpoint(Tenant tenant, RelyingPartyPolicy policy, String baseUrl) {

    /** B2C's default token-signing key id in the JwtIssuer profile. */
    static final String SIGNING_KEY_ID = "issuer_secret";

    public String path(String suffix) {
        return baseUrl + "/" + tenant.domain() + "/" + policy.policyId().toLowerCase(Locale.ROOT) + suffix;
    }

    /**
     * Where federated identity providers send the browser back: B2C's redirect URI
     * {@code https://<tenant>.b2clogin.com/<tenant>.onmicrosoft.com/oauth2/authresp}, on our base URL. It names the
     * tenant only; the state the journey sent finds the journey.
     */
    public String federationCallbackUri() {
        return baseUrl + "/" + tenant.domain() + FederationCallbackEndpoint.PATH;
    }

    /**
     * B2C's issuer: {@code https://<host>/<tenant GUID>/v2.0/}, or with the JwtIssuer's {@code IssuanceClaimPattern}
     * {@code AuthorityWithTfp} {@code https://<host>/tfp/<tenant GUID>/<policy>/v2.0/}; here on our base URL.
     */
    public String issuer() {
        boolean withTfp = tokenIssuer().map(p -> p.metadataOrEmpty().get("IssuanceClaimPattern"))
                .filter(pattern -> pattern.equalsIgnoreCase("AuthorityWithTfp")).isPresent();
        return withTfp ? baseUrl + "/tfp/" + tenant.id() + "/" + policy.policyId().toLowerCase(Locale.ROOT) + "/v2.0/"
                : baseUrl + "/" + tenant.id() + "/v2.0/";
    }

    /** The key container the relying party's tokens are signed with (the JwtIssuer's {@code issuer_secret}). */
    public Optional<String> signingKeyContainer() {
        return tokenIssuer().flatMap(profile -> profile.cryptographicKeys().stream()
                .filter(k -> k.id().equalsIgnoreCase(SIGNING_KEY_ID)).findFirst()
                .map(TechnicalProfile.CryptographicKey::storageReferenceId));
    }

    /**
     * The claim that names the policy in tokens: {@code acr} when the JwtIssuer sets
     * {@code AuthenticationContextReferenceClaimPattern} (B2C's "acr" issuance), else {@code tfp}.
     */
    public String policyClaim() {
        return tokenIssuer().map(p -> p.metadataOrEmpty().get("AuthenticationContextReferenceClaimPattern"))
                .filter(pattern -> !pattern.isBlank()).isPresent() ? "acr" : "tfp";
    }

    /**
     * The names the relying party's output claims have in its tokens, as the engine names them: PartnerClaimType,
     * else the claim type's DefaultPartnerClaimTypes entry for the relying party's protocol, else the reference.
     */
    public List<String> tokenClaimNames() {
        TechnicalProfile profile = policy.relyingPartyProfile();
        return profile.outputClaims().stream().map(claim -> policy.partnerClaimName(profile, claim)).toList();
    }

    /**
     * The token issuer profile: the default journey's SendClaims step's issuer, else the journey's default issuer.
     * A journey that hands over to a sub-journey for SendClaims is looked up there.
     */
    public Optional<TechnicalProfile> tokenIssuer() {
        Optional<UserJourney> journey = policy.defaultUserJourney();
        if (journey.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = journey.get().orchestrationSteps().stream()
                .filter(step -> step.stepType().filter(StepType.SendClaims::equals).isPresent())
                .map(OrchestrationStep::cpimIssuerTechnicalProfileReferenceId)
                .filter(ref -> ref != null && !ref.isBlank())
                .findFirst();
        if (id.isEmpty()) {
            id = policy.subJourneys().values().stream().flatMap(sub -> sub.orchestrationSteps().stream())
                    .filter(step -> step.stepType().filter(StepType.SendClaims::equals).isPresent())
                    .map(OrchestrationStep::cpimIssuerTechnicalProfileReferenceId)
                    .filter(ref -> ref != null && !ref.isBlank())
                    .findFirst();
        }
        if (id.isEmpty()) {
            id = Optional.ofNullable(journey.get().defaultCpimIssuerTechnicalProfileReferenceId());
        }
        return id.flatMap(policy.technicalProfiles()::find);
    }
}
