package io.trustframe.engine.journey;

import java.util.Map;

/**
 * The authorization request that starts a journey, as the identity service parsed it. Values are kept as strings
 * because claim resolvers ({OIDC:…}, {OAUTH-KV:…}) hand them to the policy verbatim.
 *
 * @param queryParameters every query-string parameter, for {OAUTH-KV:name} and GetClaims
 * @param ssoSessionId    the web session the browser presented (B2C's SSO cookie), or null
 * @param federationCallbackUri where federated identity providers send the browser back (B2C's
 *                        {@code …/oauth2/authresp}); the identity service knows its own address, the engine does not
 * @param acceptLanguage  the browser's Accept-Language header, or null: B2C's second choice of language after
 *                        ui_locales (see {@code RequestContext#culture})
 * @param tenantObjectId  the tenant's object id (GUID), what {@code {Policy:TenantObjectId}} resolves to; null: the
 *                        {@code tenant} as given
 */
public record JourneyRequest(String tenant, String clientId, String redirectUri, String nonce, String scope,
                             String responseType, String uiLocales, String loginHint, String domainHint,
                             String prompt, String idTokenHint, String maxAge, String acrValues,
                             Map<String, String> queryParameters, String ipAddress, String ssoSessionId,
                             String federationCallbackUri, String acceptLanguage, String tenantObjectId) {
    public JourneyRequest {
        queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
    }

    public JourneyRequest(String tenant, String clientId, String redirectUri, String nonce, String scope,
                          String responseType, String uiLocales, String loginHint, String domainHint, String prompt,
                          String idTokenHint, String maxAge, String acrValues, Map<String, String> queryParameters,
                          String ipAddress, String ssoSessionId, String federationCallbackUri) {
        this(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint, domainHint, prompt,
                idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId, federationCallbackUri, null,
                null);
    }

    public JourneyRequest(String tenant, String clientId, String redirectUri, String nonce, String scope,
                          String responseType, String uiLocales, String loginHint, String domainHint, String prompt,
                          String idTokenHint, String maxAge, String acrValues, Map<String, String> queryParameters,
                          String ipAddress, String ssoSessionId) {
        this(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint, domainHint, prompt,
                idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId, null);
    }

    public static JourneyRequest of(String tenant, String clientId, String redirectUri) {
        return new JourneyRequest(tenant, clientId, redirectUri, null, "openid", "id_token", null, null, null, null,
                null, null, null, Map.of(), null, null);
    }

    public JourneyRequest withIdTokenHint(String hint) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, hint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId,
                federationCallbackUri, acceptLanguage, tenantObjectId);
    }

    public JourneyRequest withSsoSession(String sessionId) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, sessionId,
                federationCallbackUri, acceptLanguage, tenantObjectId);
    }

    public JourneyRequest withLoginHint(String hint) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, hint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId,
                federationCallbackUri, acceptLanguage, tenantObjectId);
    }

    public JourneyRequest withFederationCallback(String uri) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId, uri,
                acceptLanguage, tenantObjectId);
    }

    public JourneyRequest withQueryParameters(Map<String, String> parameters) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, parameters, ipAddress, ssoSessionId,
                federationCallbackUri, acceptLanguage, tenantObjectId);
    }

    public JourneyRequest withAcceptLanguage(String header) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId,
                federationCallbackUri, header, tenantObjectId);
    }

    public JourneyRequest withTenantObjectId(String objectId) {
        return new JourneyRequest(tenant, clientId, redirectUri, nonce, scope, responseType, uiLocales, loginHint,
                domainHint, prompt, idTokenHint, maxAge, acrValues, queryParameters, ipAddress, ssoSessionId,
                federationCallbackUri, acceptLanguage, objectId);
    }
}
