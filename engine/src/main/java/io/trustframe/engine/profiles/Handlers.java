package io.trustframe.engine.profiles;

import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.TechnicalProfile;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one table from a technical profile's Protocol (and Handler) to the class that runs it, and from a session
 * management profile's Handler to the session provider it names. Adding a handler touches this table and nothing else.
 */
public final class Handlers {

    private static final Map<String, ProfileHandler> PROPRIETARY = Map.of(
            "web.tpengine.providers.selfassertedattributeprovider", new SelfAssertedHandler(),
            "web.tpengine.providers.claimstransformationprotocolprovider", new ClaimsTransformationHandler(),
            "web.tpengine.providers.restfulprovider", new RestfulHandler(),
            "web.tpengine.providers.azureactivedirectoryprovider", new DirectoryHandler(),
            "web.tpengine.providers.onetimepasswordprotocolprovider", new OtpHandler(),
            "web.tpengine.providers.aadssprprotocolprovider", new AadSsprHandler(),
            "web.tpengine.providers.phonefactorprotocolprovider", new PhoneFactorHandler());
    /** B2C's session providers ({@code Web.TPEngine.SSO.*}), by type name without namespace. */
    private static final Map<String, SsoSessionProviders.Kind> SESSION_PROVIDERS = Map.of(
            "defaultssosessionprovider", SsoSessionProviders.Kind.DEFAULT,
            "externalloginssosessionprovider", SsoSessionProviders.Kind.EXTERNAL_LOGIN,
            "oauthssosessionprovider", SsoSessionProviders.Kind.OAUTH,
            "samlssosessionprovider", SsoSessionProviders.Kind.SAML,
            "noopssosessionprovider", SsoSessionProviders.Kind.NOOP);
    private static final ProfileHandler TRANSFORMATIONS_ONLY = new ClaimsTransformationHandler();
    private static final ProfileHandler ID_TOKEN_HINT = new IdTokenHintHandler();
    private static final ProfileHandler PASSWORD_CHECK = new PasswordCheckHandler();
    private static final ProfileHandler FEDERATION = new FederationHandler();

    private Handlers() {
    }

    public static Optional<ProfileHandler> forProfile(TechnicalProfile profile) {
        TechnicalProfile.Protocol protocol = profile.protocol();
        if (protocol == null || protocol.name() == null) {
            return Optional.empty();
        }
        switch (protocol.name().strip().toLowerCase(Locale.ROOT)) {
            case "proprietary":
                return Optional.ofNullable(PROPRIETARY.get(typeName(protocol.handler())));
            case "none":
                // Protocol None is B2C's "no partner": either the id_token_hint profile (it names where the hint's
                // keys come from) or a profile that only runs its claims transformations.
                return Optional.of(isIdTokenHint(profile) ? ID_TOKEN_HINT : TRANSFORMATIONS_ONLY);
            case "openidconnect":
            case "oauth2":
                return Optional.of(isPasswordGrant(profile) ? PASSWORD_CHECK : FEDERATION);
            default:
                return Optional.empty();
        }
    }

    /** The session provider a session management profile names; NONE for anything else. */
    static SsoSessionProviders.Kind sessionProvider(TechnicalProfile manager) {
        if (manager.protocol() == null) {
            return SsoSessionProviders.Kind.NONE;
        }
        String type = typeName(manager.protocol().handler());
        return SESSION_PROVIDERS.getOrDefault(type.substring(type.lastIndexOf('.') + 1), SsoSessionProviders.Kind.NONE);
    }

    /** The type name of an assembly-qualified Handler, lower-cased: B2C compares handler names without case. */
    static String typeName(String handler) {
        if (handler == null) {
            return "";
        }
        int comma = handler.indexOf(',');
        return (comma < 0 ? handler : handler.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isIdTokenHint(TechnicalProfile profile) {
        var metadata = profile.metadataOrEmpty();
        return metadata.find("METADATA").isPresent() || metadata.find("IdTokenAudience").isPresent()
                || metadata.find("issuer").isPresent();
    }

    /**
     * B2C's {@code login-NonInteractive}: an OpenID Connect profile that posts a resource-owner password grant to
     * Azure AD's token endpoint. Recognised by its grant_type input claim (or its token endpoint).
     */
    static boolean isPasswordGrant(TechnicalProfile profile) {
        for (ClaimReference input : profile.inputClaims()) {
            if ("grant_type".equalsIgnoreCase(input.partnerName()) && "password".equalsIgnoreCase(input.defaultValue())) {
                return true;
            }
        }
        String endpoint = profile.metadataOrEmpty().get("authorization_endpoint");
        return endpoint != null && endpoint.toLowerCase(Locale.ROOT).endsWith("/oauth2/token");
    }
}
