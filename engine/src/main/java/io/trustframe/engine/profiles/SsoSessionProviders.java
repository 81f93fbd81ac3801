package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.ClaimsBag;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.TechnicalProfile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * B2C's session providers, named by the UseTechnicalProfileForSessionManagement of a profile:
 * DefaultSSOSessionProvider and ExternalLoginSSOSessionProvider record the profile in the web session with their
 * PersistedClaims, so later journeys of the session skip it; NoopSSOSessionProvider records nothing;
 * OAuthSSOSessionProvider on the token issuer (JwtIssuer) makes the OAuth2 / OpenID Connect application a participant
 * of the session, the ones single sign-out signs out; it never touches the claims bag. Which provider a profile names
 * comes from {@link Handlers}.
 */
public final class SsoSessionProviders {

    public enum Kind { DEFAULT, EXTERNAL_LOGIN, OAUTH, SAML, NOOP, NONE }

    private SsoSessionProviders() {
    }

    public static Optional<TechnicalProfile> manager(RelyingPartyPolicy policy, TechnicalProfile profile) {
        if (profile.useTechnicalProfileForSessionManagement() == null) {
            return Optional.empty();
        }
        return policy.technicalProfiles().find(profile.useTechnicalProfileForSessionManagement().referenceId());
    }

    public static Kind kind(RelyingPartyPolicy policy, TechnicalProfile profile) {
        return manager(policy, profile).map(Handlers::sessionProvider).orElse(Kind.NONE);
    }

    /**
     * True when the token issuer's session provider records the application in the session: OAuthSSOSessionProvider,
     * "the relying party session will be closed when the user signs out from Azure AD B2C using single sign-out"
     * (custom-policy-reference-sso).
     */
    public static boolean recordsRelyingParty(RelyingPartyPolicy policy, TechnicalProfile issuer) {
        return kind(policy, issuer) == Kind.OAUTH;
    }

    /** True when a profile recorded in the SSO session is skipped in later journeys of that session. */
    public static boolean skipsWhenInSession(RelyingPartyPolicy policy, TechnicalProfile profile) {
        Kind kind = kind(policy, profile);
        if (kind == Kind.EXTERNAL_LOGIN) {
            // AlwaysFetchClaimsFromProvider makes B2C go back to the identity provider despite the session.
            return !manager(policy, profile).orElseThrow().metadataOrEmpty().isTrue("AlwaysFetchClaimsFromProvider");
        }
        return kind == Kind.DEFAULT;
    }

    /** The claims the profile's session provider keeps: its PersistedClaims' current values. */
    public static Map<String, String> persisted(RelyingPartyPolicy policy, TechnicalProfile profile, ClaimsBag claims) {
        Map<String, String> values = new LinkedHashMap<>();
        manager(policy, profile).ifPresent(manager -> {
            for (ClaimReference persisted : manager.persistedClaims()) {
                claims.get(persisted.claimTypeReferenceId()).ifPresent(v -> values.put(persisted.claimTypeReferenceId(), v));
            }
        });
        return values;
    }

    /** The provider's own OutputClaims with their DefaultValue (the starter pack's objectIdFromSession=true). */
    public static Map<String, String> sessionOutputs(RelyingPartyPolicy policy, TechnicalProfile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        manager(policy, profile).ifPresent(manager -> {
            for (ClaimReference output : manager.outputClaims()) {
                if (output.defaultValue() != null) {
                    values.put(output.claimTypeReferenceId(), output.defaultValue());
                }
            }
        });
        return values;
    }

    /**
     * EnabledForUserJourneys: Always (default), Never, OnClaimsExistence (metadata ClaimTypeOnWhichToEnable),
     * OnItemExistenceInStringCollectionClaim / OnItemAbsenceInStringCollectionClaim (plus ClaimValueOnWhichToEnable).
     */
    public static boolean enabledForJourney(TechnicalProfile profile, ClaimsBag claims) {
        String mode = profile.enabledForUserJourneysOrDefault().strip();
        var metadata = profile.metadataOrEmpty();
        String claim = metadata.get("ClaimTypeOnWhichToEnable");
        String item = metadata.get("ClaimValueOnWhichToEnable");
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "never" -> false;
            case "onclaimsexistence" -> claim != null && claims.has(claim);
            case "onitemexistenceinstringcollectionclaim" -> claim != null && item != null && contains(claims, claim, item);
            case "onitemabsenceinstringcollectionclaim" -> claim != null && item != null && !contains(claims, claim, item);
            default -> true;
        };
    }

    private static boolean contains(ClaimsBag claims, String claim, String item) {
        return claims.get(claim).map(v -> io.trustframe.engine.claims.ClaimValue.StringCollectionValue.parse(v)
                .values().stream().anyMatch(item::equalsIgnoreCase)).orElse(false);
    }
}
