package io.trustframe.identity.oidc;

import static io.trustframe.identity.oidc.PageBrowser.encode;
import static io.trustframe.identity.oidc.PageBrowser.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * The authorization-code flow over real HTTP with the starter pack's LocalAccounts policies, as a browser (cookies,
 * forms read from the pages) and a confidential or public client would run it.
 */
class AuthorizationCodeFlowHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final String SPA_REDIRECT = "https://spa.example/cb";
    private static final String PASSWORD = "Passw0rd!x";

    private String tenant;
    private String clientId;
    private String clientSecret;
    private String spaClientId;

    @BeforeEach
    void deploy() {
        tenant = newTenant();
        generateTokenKeys(tenant);
        uploadLocalAccounts(tenant);
        WebApp web = registerWebApp(tenant, "Bank", REDIRECT);
        clientId = web.clientId();
        clientSecret = web.clientSecret();
        spaClientId = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Spa\",\"spa\":{\"redirectUris\":[\"" + SPA_REDIRECT + "\"]}}")).path("appId").asString();
    }

    private String authorizePath(String client, String redirect, String extra) {
        return authorizePath(client, redirect, "code", extra);
    }

    private String authorizePath(String client, String redirect, String responseType, String extra) {
        return "/" + tenant + ".onmicrosoft.com/B2C_1A_signup_signin/oauth2/v2.0/authorize?client_id=" + client
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&response_type=" + URLEncoder.encode(responseType, StandardCharsets.UTF_8)
                + "&scope=openid&state=st-1&nonce=n-1" + extra;
    }

    private PageBrowser signUp(String email) {
        return signUp(email, authorizePath(clientId, REDIRECT, ""));
    }

    private PageBrowser signUp(String email, String authorizePath) {
        PageBrowser browser = new PageBrowser();
        assertThat(browser.open(url(authorizePath)).statusCode()).isEqualTo(200);
        assertThat(browser.last().body()).contains("choose:SignUpWithLogonEmailExchange");
        signUpOnPages(browser, tenant, email, PASSWORD, "Ada Lovelace", "Ada", "Lovelace");
        return browser;
    }

    private HttpResponse<String> token(Map<String, String> form, String basicUser, String basicPassword) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/" + tenant
                        + "/B2C_1A_signup_signin/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (URLEncoder.encode(basicUser, StandardCharsets.UTF_8) + ":"
                            + URLEncoder.encode(basicPassword, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private JWTClaimsSet verified(String idToken) throws Exception {
        JsonNode discovery = json(get("/" + tenant + "/B2C_1A_signup_signin/v2.0/.well-known/openid-configuration"));
        JWKSet jwks = JWKSet.parse(get(URI.create(discovery.path("jwks_uri").asString()).getPath()).body());
        SignedJWT jwt = SignedJWT.parse(idToken);
        RSAKey key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(discovery.path("issuer").asString());
        return claims;
    }

    @Test
    void signUpThroughThePagesEndsWithACodeThatRedeemsOnceForAVerifiableIdToken() throws Exception {
        PageBrowser browser = signUp("ada@example.com");

        assertThat(browser.last().statusCode()).isEqualTo(302);
        String location = browser.last().headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?");
        Map<String, String> response = query(location);
        assertThat(response).containsEntry("state", "st-1").containsKey("code");
        assertThat(browser.cookies()).anySatisfy((name, value) -> assertThat(name).startsWith("x-ms-cpim-sso_"));
        assertThat(browser.last().headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Lax");

        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", response.get("code"),
                "redirect_uri", REDIRECT);
        HttpResponse<String> tokens = token(form, clientId, clientSecret);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet claims = verified(json(tokens).path("id_token").asString());
        assertThat(claims.getAudience()).containsExactly(clientId);
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(claims.getStringClaim("ver")).isEqualTo("1.0");
        assertThat(claims.getStringClaim("tfp")).isEqualToIgnoringCase("B2C_1A_signup_signin");
        assertThat(claims.getStringClaim("email")).isEqualTo("ada@example.com");
        assertThat(claims.getStringClaim("name")).isEqualTo("Ada Lovelace");
        assertThat(claims.getSubject()).isNotBlank();
        assertThat(claims.getClaim("auth_time")).isNotNull();

        HttpResponse<String> again = token(form, clientId, clientSecret);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(json(again).path("error_description").asString()).startsWith("AADB2C90080");
    }

    @Test
    void signInWithThePasswordInANewBrowserGivesTheSameSubjectAndAWrongSecretSpendsNoCode() throws Exception {
        PageBrowser first = signUp("grace@example.com");
        String firstCode = query(first.last().headers().firstValue("Location").orElseThrow()).get("code");
        String subject = verified(json(token(Map.of("grant_type", "authorization_code", "code", firstCode),
                clientId, clientSecret)).path("id_token").asString()).getSubject();

        PageBrowser browser = new PageBrowser();
        browser.open(url(authorizePath(clientId, REDIRECT, "")));
        browser.press("continue", Map.of("signInName", "grace@example.com", "password", "Wrong-Passw0rd"));
        assertThat(browser.last().statusCode()).isEqualTo(200);
        assertThat(browser.last().body()).contains("role=\"alert\"");
        browser.press("continue", Map.of("signInName", "grace@example.com", "password", PASSWORD));
        String code = query(browser.last().headers().firstValue("Location").orElseThrow()).get("code");

        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code, "client_id", clientId,
                "client_secret", "not-the-secret");
        HttpResponse<String> wrongSecret = token(form, null, null);
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(json(wrongSecret).path("error_description").asString()).startsWith("AADB2C90081");
        HttpResponse<String> right = token(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", clientId, "client_secret", clientSecret), null, null);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(verified(json(right).path("id_token").asString()).getSubject()).isEqualTo(subject);
    }

    @Test
    void aPublicClientMustUsePkceAndTheVerifierMustMatch() {
        HttpResponse<String> withoutPkce = new PageBrowser().open(url(authorizePath(spaClientId, SPA_REDIRECT, "")));
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        Map<String, String> error = query(withoutPkce.headers().firstValue("Location").orElseThrow());
        assertThat(error).containsEntry("error", "invalid_request").containsEntry("state", "st-1");
        assertThat(error.get("error_description")).startsWith("AADB2C90083").contains("code_challenge");

        String verifier = "a-verifier-that-is-long-enough-for-rfc-7636-0123456789";
        PageBrowser browser = signUpWith(spaClientId, SPA_REDIRECT,
                "&code_challenge=" + TokenEndpoint.s256(verifier) + "&code_challenge_method=S256", "lin@example.com");
        String code = query(browser.last().headers().firstValue("Location").orElseThrow()).get("code");

        HttpResponse<String> wrong = token(Map.of("grant_type", "authorization_code", "code", code, "client_id",
                spaClientId, "code_verifier", verifier + "x"), null, null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).path("error_description").asString()).startsWith("AADB2C90182");
    }

    private PageBrowser signUpWith(String client, String redirect, String extra, String email) {
        PageBrowser browser = new PageBrowser();
        browser.open(url(authorizePath(client, redirect, extra)));
        signUpOnPages(browser, tenant, email, PASSWORD, "Lin", "Lin", "Lee");
        assertThat(browser.last().statusCode()).as(browser.last().body()).isEqualTo(302);
        return browser;
    }

    @Test
    void untrustedRedirectsGetAnErrorPageAndNothingIsRedirected() {
        HttpResponse<String> unknownClient = get(authorizePath("00000000-0000-0000-0000-000000000001", REDIRECT, ""));
        HttpResponse<String> badRedirect = get(authorizePath(clientId, "https://evil.example/cb", ""));

        assertThat(unknownClient.statusCode()).isEqualTo(400);
        assertThat(unknownClient.body()).contains("AADB2C90018");
        assertThat(unknownClient.headers().firstValue("Location")).isEmpty();
        assertThat(badRedirect.statusCode()).isEqualTo(400);
        assertThat(badRedirect.body()).contains("AADB2C90006").contains("https://evil.example/cb");
        assertThat(badRedirect.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aFormWithoutTheJourneysCsrfTokenDoesNotResumeIt() {
        PageBrowser browser = new PageBrowser();
        browser.open(url(authorizePath(clientId, REDIRECT, "")));
        String tx = browser.hidden().get("tx");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(browser.formAction()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("tx", tx, "csrf_token", "guess",
                        "_action", "continue", "signInName", "x@example.com", "password", "y")))));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("AADB2C90046");
    }

    @Test
    void anUnknownCodeIsAnInvalidGrant() {
        HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", "made-up"),
                clientId, clientSecret);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void theSsoSessionSkipsThePasswordUntilLogoutWhichReturnsOnlyToARegisteredUri() {
        PageBrowser browser = signUp("kim@example.com");

        HttpResponse<String> again = browser.open(url(authorizePath(clientId, REDIRECT, "")));
        assertThat(again.statusCode()).as("signed in through the session").isEqualTo(302);
        assertThat(query(again.headers().firstValue("Location").orElseThrow())).containsKey("code");

        Map<String, String> sessionCookie = new LinkedHashMap<>(browser.cookies());
        HttpResponse<String> untrusted = browser.open(url("/" + tenant + "/B2C_1A_signup_signin/oauth2/v2.0/logout"
                + "?client_id=" + clientId + "&post_logout_redirect_uri=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8)));
        assertThat(untrusted.statusCode()).isEqualTo(200);
        assertThat(untrusted.headers().firstValue("Location")).isEmpty();
        assertThat(untrusted.body()).contains("You are signed out");

        PageBrowser replay = new PageBrowser();
        replay.cookies().putAll(sessionCookie);
        replay.open(url(authorizePath(clientId, REDIRECT, "")));
        assertThat(replay.last().statusCode()).as("the stored session ended, not only the cookie").isEqualTo(200);

        PageBrowser third = signUp("max@example.com");
        HttpResponse<String> logout = third.open(url("/" + tenant + "/B2C_1A_signup_signin/oauth2/v2.0/logout?client_id="
                + clientId + "&state=bye&post_logout_redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).isEqualTo(REDIRECT + "?state=bye");
        assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0").contains("HttpOnly");
        assertThat(third.open(url(authorizePath(clientId, REDIRECT, ""))).statusCode()).isEqualTo(200);
    }

    @Test
    void anIdTokenResponseIsPostedToTheClientByFormPost() throws Exception {
        PageBrowser browser = signUp("ida@example.com",
                authorizePath(clientId, REDIRECT, "id_token", "&response_mode=form_post"));

        assertThat(browser.last().statusCode()).isEqualTo(200);
        String page = browser.last().body();
        assertThat(page).contains("action=\"" + REDIRECT + "\"").contains("name=\"state\" value=\"st-1\"");
        Matcher token = Pattern.compile("name=\"id_token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        JWTClaimsSet claims = verified(token.group(1));
        assertThat(claims.getAudience()).containsExactly(clientId);
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(page).doesNotContain("name=\"code\"");
    }

    @Test
    void aScopeNamingTheClientsOwnIdAddsAnAccessTokenForThatClientAndOnlyOpenidDoesNot() throws Exception {
        PageBrowser browser = signUp("ines@example.com", authorizePath(clientId, REDIRECT, "code",
                "").replace("&scope=openid", "&scope=openid%20" + clientId));
        String code = query(browser.last().headers().firstValue("Location").orElseThrow()).get("code");
        JsonNode tokens = json(token(Map.of("grant_type", "authorization_code", "code", code), clientId, clientSecret));

        JWTClaimsSet access = verified(tokens.path("access_token").asString());
        JWTClaimsSet id = verified(tokens.path("id_token").asString());
        assertThat(access.getAudience()).containsExactly(clientId);
        assertThat(access.getSubject()).isEqualTo(id.getSubject());
        assertThat(access.getClaim("nonce")).isNull();
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isPositive();

        PageBrowser openidOnly = signUp("jo@example.com");
        String plainCode = query(openidOnly.last().headers().firstValue("Location").orElseThrow()).get("code");
        JsonNode plain = json(token(Map.of("grant_type", "authorization_code", "code", plainCode), clientId,
                clientSecret));
        assertThat(plain.has("access_token")).isFalse();
        assertThat(plain.path("id_token").asString()).isNotBlank();
    }

    @Test
    void offlineAccessGivesARefreshTokenThatRotatesAndCannotBeReplayed() throws Exception {
        PageBrowser browser = signUp("rio@example.com", authorizePath(clientId, REDIRECT, "code",
                "").replace("&scope=openid", "&scope=openid%20offline_access"));
        String code = query(browser.last().headers().firstValue("Location").orElseThrow()).get("code");
        JsonNode first = json(token(Map.of("grant_type", "authorization_code", "code", code), clientId, clientSecret));
        String refreshToken = first.path("refresh_token").asString();
        assertThat(refreshToken).isNotBlank();
        assertThat(first.path("refresh_token_expires_in").asLong()).isPositive();

        HttpResponse<String> refreshed = token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                clientId, clientSecret);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JWTClaimsSet renewed = verified(json(refreshed).path("id_token").asString());
        assertThat(renewed.getSubject()).isEqualTo(verified(first.path("id_token").asString()).getSubject());
        assertThat(renewed.getClaim("nonce")).isNull();
        assertThat(json(refreshed).path("refresh_token").asString()).isNotBlank().isNotEqualTo(refreshToken);

        HttpResponse<String> otherClient = token(Map.of("grant_type", "refresh_token", "refresh_token",
                json(refreshed).path("refresh_token").asString(), "client_id", spaClientId), null, null);
        assertThat(otherClient.statusCode()).isEqualTo(400);
        assertThat(json(otherClient).path("error_description").asString()).startsWith("AADB2C90279");
        HttpResponse<String> replay = token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                clientId, clientSecret);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(json(replay).path("error_description").asString()).startsWith("AADB2C90129");
    }

    @Test
    void wrongRequestsOfAKnownClientGoBackToItsRedirectUriWithTheB2cCode() {
        HttpResponse<String> token = get(authorizePath(clientId, REDIRECT, "token", ""));
        HttpResponse<String> idTokenInQuery = get(authorizePath(clientId, REDIRECT, "id_token", "&response_mode=query"));
        HttpResponse<String> noScope = get(authorizePath(clientId, REDIRECT, "").replace("&scope=openid", ""));

        Map<String, String> unsupported = query(token.headers().firstValue("Location").orElseThrow());
        assertThat(unsupported).containsEntry("error", "unsupported_response_type").containsEntry("state", "st-1");
        assertThat(unsupported.get("error_description")).startsWith("AADB2C90013");
        String fragment = idTokenInQuery.headers().firstValue("Location").orElseThrow();
        assertThat(fragment).startsWith(REDIRECT + "#error=invalid_request").contains("AADB2C90014");
        assertThat(query(noScope.headers().firstValue("Location").orElseThrow()).get("error_description"))
                .startsWith("AADB2C90010");
    }
}
