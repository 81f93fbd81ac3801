package io.trustframe.engine.journey;

import java.util.Map;

/**
 * The authorization request that starts a journey, as the identity service parsed it. Values are kept as strings
 * because claim resolvers ({OIDC:…}, {OAUTH-KV:…}) hand them to the policy verbatim.
 *
 * @param queryParameters every query-string parameter, for {OAUTH-KV:name} and GetClaims
 * @param ssoSessionId    the web session the browser presented (B2C's SSO cookie), or null
 */
public record JourneyRequest(String tenant, String clientId, String redirectUri, String nonce, String scope,
                             String responseType, String uiLocales, String loginHint, String domainHint,
                             String prompt, String idTokenHint, String maxAge, String acrValues,
                             Map<String, String> queryParameters, String ipAddress, String ssoSessionId) {
    public JourneyRequest {
        queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
    }

    public static JourneyRequest of(String tenant, String clientId, String redirectUri) {
        return new JourneyRequest(tenant, clientId, redirectUri, null, "openid", "id_token", null, null, null, null,
                null, null, null, Map.of(), null, null);
    }

    public JourneyRequest withIdTokenHint(String hint) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, hint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId);
    }

    public JourneyRequest withSsoSession(String sessionId) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, sessionId);
    }

    public JourneyRequest withLoginHint(String hint) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, hint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId);
    }

    public JourneyRequest withQueryParameters(Map<String, String> parameters) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, parameters, ipAddress, ssoSessionId);
    }
}
