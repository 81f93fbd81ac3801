package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An authorization request ({@code GET|POST …/oauth2/v2.0/authorize}) as sent: every value as given, blank ones as
 * absent. Parameters that are not OpenID Connect's own are kept in {@code extra} for {@code {OAUTH-KV:…}}.
 */
public record AuthorizeRequest(
        String clientId,
        String redirectUri,
        String responseType,
        String responseMode,
        String scope,
        String state,
        String nonce,
        String codeChallenge,
        String codeChallengeMethod,
        String prompt,
        String loginHint,
        String domainHint,
        String uiLocales,
        String idTokenHint,
        String maxAge,
        String acrValues,
        Map<String, String> extra) {

    private static final Set<String> PROTOCOL = Set.of("client_id", "redirect_uri", "response_type", "response_mode",
            "scope", "state", "nonce", "code_challenge", "code_challenge_method", "prompt", "login_hint", "domain_hint",
            "ui_locales", "id_token_hint", "max_age", "acr_values", "p");

    public AuthorizeRequest {
        extra = Map.copyOf(extra);
    }

    /** The request's parameters, first value of each (query and form merged as the servlet gives them). */
    public static AuthorizeRequest parse(Map<String, List<String>> parameters) {
        Map<String, String> extra = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!PROTOCOL.contains(name) && !values.isEmpty() && values.get(0) != null) {
                extra.put(name, values.get(0));
            }
        });
        return new AuthorizeRequest(value(parameters, "client_id"), value(parameters, "redirect_uri"),
                value(parameters, "response_type"), value(parameters, "response_mode"), value(parameters, "scope"),
                value(parameters, "state"), value(parameters, "nonce"), value(parameters, "code_challenge"),
                value(parameters, "code_challenge_method"), value(parameters, "prompt"), value(parameters, "login_hint"),
                value(parameters, "domain_hint"), value(parameters, "ui_locales"), value(parameters, "id_token_hint"),
                value(parameters, "max_age"), value(parameters, "acr_values"), extra);
    }

    private static String value(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }
}
