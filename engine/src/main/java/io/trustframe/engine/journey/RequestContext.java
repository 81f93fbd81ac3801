package io.trustframe.engine.journey;

import io.trustframe.engine.claims.ClaimsResolver;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.Localization;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a journey knows about its request beyond the claims: the culture (ui_locales, else the policy's default
 * language), the claim resolvers' values and the localized strings of a content definition in that culture.
 */
final class RequestContext {

    private final RelyingPartyPolicy policy;
    private final JourneyRequest request;
    private final String correlationId;
    private final Clock clock;

    RequestContext(RelyingPartyPolicy policy, JourneyRequest request, String correlationId, Clock clock) {
        this.policy = policy;
        this.request = request;
        this.correlationId = correlationId;
        this.clock = clock;
    }

    /**
     * B2C's choice of language: ui_locales as asked; else the first language of the browser's Accept-Language the
     * policy supports; else the policy's default language; else English.
     */
    Locale culture() {
        String locales = request.uiLocales();
        if (locales != null && !locales.isBlank()) {
            return Locale.forLanguageTag(locales.strip().split("[ ,]")[0]);
        }
        Localization localization = policy.localization();
        var supported = localization == null || localization.supportedLanguages() == null ? null
                : localization.supportedLanguages();
        if (supported != null) {
            for (Locale.LanguageRange range : acceptLanguage()) {
                Locale wanted = Locale.forLanguageTag(range.getRange());
                for (String language : supported.supportedLanguages()) {
                    if (language.equalsIgnoreCase(range.getRange())
                            || language.equalsIgnoreCase(wanted.getLanguage())) {
                        return Locale.forLanguageTag(language);
                    }
                }
            }
            if (supported.defaultLanguage() != null) {
                return Locale.forLanguageTag(supported.defaultLanguage());
            }
        }
        return Locale.forLanguageTag("en");
    }

    /** The Accept-Language header's ranges by weight; a header that does not parse counts as absent. */
    private List<Locale.LanguageRange> acceptLanguage() {
        String header = request.acceptLanguage();
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().filter(r -> !r.getRange().equals("*")).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    String resolve(String text, ClaimsBag bag) {
        if (text == null || !ClaimsResolver.hasResolver(text)) {
            return text;
        }
        Map<String, String> oidc = new HashMap<>();
        putIfPresent(oidc, "ClientId", request.clientId());
        putIfPresent(oidc, "RedirectUri", request.redirectUri());
        putIfPresent(oidc, "Nonce", request.nonce());
        putIfPresent(oidc, "Scope", request.scope());
        putIfPresent(oidc, "LoginHint", request.loginHint());
        putIfPresent(oidc, "DomainHint", request.domainHint());
        putIfPresent(oidc, "Prompt", request.prompt());
        putIfPresent(oidc, "MaxAge", request.maxAge());
        putIfPresent(oidc, "IdToken", request.idTokenHint());
        putIfPresent(oidc, "AuthenticationContextReferences", request.acrValues());
        putIfPresent(oidc, "Resource", request.queryParameters().get("resource"));
        Map<String, String> context = new HashMap<>();
        context.put("CorrelationId", correlationId);
        context.put("BuildNumber", "trustframe");
        putIfPresent(context, "DeploymentMode", policy.deploymentMode());
        putIfPresent(context, "IPAddress", request.ipAddress());
        putIfPresent(context, "TenantObjectId",
                request.tenantObjectId() != null ? request.tenantObjectId() : request.tenant());
        context.put("KMSI", "false");
        var resolverContext = new ClaimsResolver.Context(culture(), policy.policyId(), policy.tenantId(), oidc,
                request.queryParameters(), context, clock.instant(), bag::get);
        return ClaimsResolver.resolve(text, resolverContext);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Localized strings of a content definition in the request's language, keyed ElementType:ElementId:StringId. */
    static Map<String, String> localizedStrings(RelyingPartyPolicy policy, String contentDefinitionId, Locale culture) {
        Map<String, String> strings = new LinkedHashMap<>();
        ContentDefinition definition = contentDefinitionId == null ? null : policy.contentDefinitions().get(contentDefinitionId);
        if (definition == null || definition.localizedResourcesReferences() == null) {
            return strings;
        }
        var references = definition.localizedResourcesReferences().references();
        var reference = references.stream().filter(r -> culture.getLanguage().equalsIgnoreCase(r.language())).findFirst()
                .or(() -> references.stream().findFirst());
        if (reference.isEmpty()) {
            return strings;
        }
        Localization.LocalizedResources resources = policy.localizedResources().get(reference.get().localizedResourcesReferenceId());
        if (resources == null) {
            return strings;
        }
        for (Localization.LocalizedString string : resources.localizedStrings()) {
            strings.put(string.elementType() + ":" + (string.elementId() == null ? "" : string.elementId()) + ":"
                    + string.stringId(), string.text());
        }
        return strings;
    }

    Map<String, String> localizedStrings(String contentDefinitionId) {
        return localizedStrings(policy, contentDefinitionId, culture());
    }
}
