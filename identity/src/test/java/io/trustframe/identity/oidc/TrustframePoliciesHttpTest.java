package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * Trustframe's own policy set, shipped on the identity module's classpath, deployed through the admin API with its
 * tokens filled in, and a pre-enrolled customer (phone already set, as the walkthrough suggests) signing in.
 */
class TrustframePoliciesHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(tx|csrf_token)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void aPreEnrolledCustomerSignsInWithTrustframesOwnPoliciesAndGetsAnAcrNamingThePolicy() throws Exception {
        String tenant = newTenant();
        String domain = tenant + ".onmicrosoft.com";
        generateTokenKeys(tenant);
        JsonNode app = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}"));
        String clientId = app.path("appId").asString();
        uploadTrustframePolicies(tenant, clientId);
        String userId = json(admin("POST", "/graph/" + tenant + "/v1.0/users", "application/json", """
                {"displayName": "John Smith",
                 "identities": [{"signInType": "emailAddress", "issuer": "%s", "issuerAssignedId": "john@example.com"}],
                 "passwordProfile": {"password": "Secret-Passw0rd", "forceChangePasswordNextSignIn": false},
                 "strongAuthenticationPhoneNumber": "+44 7700900123"}""".formatted(domain))).path("id").asString();

        HttpResponse<String> page = get("/" + domain + "/B2C_1A_TF_SignUpOrSignIn/oauth2/v2.0/authorize?client_id="
                + clientId + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=s&nonce=n&login_hint=john%40example.com");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"john@example.com\"").contains("<label for=\"password\"");
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        Matcher action = ACTION.matcher(page.body());
        assertThat(action.find()).isTrue();
        form.put("_action", "continue");
        form.put("email", "john@example.com");
        form.put("password", "Secret-Passw0rd");
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String query = URI.create(done.headers().firstValue("Location").orElseThrow()).getRawQuery();
        String code = URLDecoder.decode(query.replaceFirst(".*code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        HttpResponse<String> tokenResponse = send(HttpRequest.newBuilder(URI.create(url("/" + tenant
                        + "/B2C_1A_TF_SignUpOrSignIn/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("grant_type", "authorization_code",
                        "code", code, "client_id", clientId,
                        "client_secret", app.path("passwordCredentials").get(0).path("secretText").asString())))));
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(json(tokenResponse).path("id_token").asString());
        JWKSet jwks = JWKSet.parse(get("/" + tenant + "/B2C_1A_TF_SignUpOrSignIn/discovery/v2.0/keys").body());
        assertThat(jwt.verify(new RSASSAVerifier(jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringClaim("acr")).isEqualTo("B2C_1A_TF_SignUpOrSignIn");
        assertThat(claims.getStringClaim("email")).isEqualTo("john@example.com");
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n");
    }
}
