package io.trustframe.identity.oidc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A token request ({@code POST …/oauth2/v2.0/token}, form-encoded). Client credentials come from HTTP Basic
 * (client_secret_basic, RFC 6749 §2.3.1: both parts form-url-encoded) or from the form (client_secret_post).
 */
public record TokenRequest(String grantType, String code, String refreshToken, String redirectUri, String codeVerifier,
                           String clientId, String clientSecret) {

    public static TokenRequest parse(Map<String, String> form, String authorization) {
        String clientId = blankToNull(form.get("client_id"));
        String secret = blankToNull(form.get("client_secret"));
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    clientId = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
                    secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                // An unreadable Basic header authenticates nobody; the form's credentials, if any, are used.
            }
        }
        return new TokenRequest(blankToNull(form.get("grant_type")), blankToNull(form.get("code")),
                blankToNull(form.get("refresh_token")), blankToNull(form.get("redirect_uri")), blankToNull(form.get("code_verifier")), clientId, secret);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "TokenRequest[" + grantType + ", client " + clientId + "]";
    }
}
