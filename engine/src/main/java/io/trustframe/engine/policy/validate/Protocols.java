package io.trustframe.engine.policy.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The technical-profile protocols B2C knows ({@code Protocol/@Name}) and, for {@code Proprietary}, the handlers
 * ({@code Protocol/@Handler}, an assembly-qualified .NET type name in the Web.TPEngine assembly), as used by the
 * starter pack, the PSD2 walkthrough and the technical-profile reference pages.
 */
public final class Protocols {

    /** {@code Protocol/@Name}: federation protocols, B2C's own providers, None (token issuers, id_token_hint, …). */
    public static final List<String> NAMES =
            List.of("OAuth1", "OAuth2", "OpenIdConnect", "SAML2", "Proprietary", "None");

    /** Protocols a relying party's technical profile may issue its token with. */
    public static final List<String> RELYING_PARTY_NAMES = List.of("OpenIdConnect", "SAML2", "OAuth2");

    /** Handler type names (without the assembly part). */
    public static final List<String> HANDLERS = List.of(
            "Web.TPEngine.Providers.SelfAssertedAttributeProvider",
            "Web.TPEngine.Providers.ClaimsTransformationProtocolProvider",
            "Web.TPEngine.Providers.RestfulProvider",
            "Web.TPEngine.Providers.AzureActiveDirectoryProvider",
            "Web.TPEngine.Providers.OneTimePasswordProtocolProvider",
            "Web.TPEngine.Providers.PhoneFactorProtocolProvider",
            "Web.TPEngine.Providers.AzureMfaProtocolProvider",
            "Web.TPEngine.Providers.AadSsprProtocolProvider",
            "Web.TPEngine.Providers.ConditionalAccessProtocolProvider",
            "Web.TPEngine.Providers.CaptchaProvider",
            "Web.TPEngine.Providers.Insights.AzureApplicationInsightsProvider",
            "Web.TPEngine.SSO.DefaultSSOSessionProvider",
            "Web.TPEngine.SSO.NoopSSOSessionProvider",
            "Web.TPEngine.SSO.ExternalLoginSSOSessionProvider",
            "Web.TPEngine.SSO.OAuthSSOSessionProvider",
            "Web.TPEngine.SSO.SamlSSOSessionProvider");

    /** The assembly every handler lives in. */
    public static final String ASSEMBLY = "Web.TPEngine";

    private Protocols() {
    }

    public static Optional<String> name(String name) {
        return NAMES.stream().filter(n -> n.equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /**
     * The handler's type name when the assembly-qualified name designates a known handler. Version, culture and
     * key token are not compared: B2C has only ever published 1.0.0.0/neutral/null.
     */
    public static Optional<String> handler(String assemblyQualifiedName) {
        if (assemblyQualifiedName == null) {
            return Optional.empty();
        }
        String[] parts = assemblyQualifiedName.split(",");
        String type = parts[0].strip();
        if (parts.length > 1 && !parts[1].strip().equalsIgnoreCase(ASSEMBLY)) {
            return Optional.empty();
        }
        return HANDLERS.stream().filter(h -> h.toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
