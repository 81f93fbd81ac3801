package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.trustframe.identity.SqlTime;

/**
 * The error paths of the authorization and token endpoints that the happy-path tests do not walk, as a relying party
 * and a browser meet them: what is shown, where the browser is sent, and which AADB2C code says why.
 */
class AuthorizationErrorsHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final String PASSWORD = "Passw0rd!x";
    private static final String HINT_SECRET = "a-shared-secret-of-at-least-32-bytes!";

    @Autowired
    JdbcClient jdbc;

    private String tenant;
    private String clientId;
    private String clientSecret;

    @BeforeEach
    void deploy() {
        tenant = newTenant();
        generateTokenKeys(tenant);
        uploadLocalAccounts(tenant);
        WebApp web = registerWebApp(tenant, "Bank", REDIRECT);
        clientId = web.clientId();
        clientSecret = web.clientSecret();
    }

    private String authorize(String policy, String responseType, String extra) {
        return url("/" + tenant + ".onmicrosoft.com/" + policy + "/oauth2/v2.0/authorize?client_id=" + clientId
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=" + URLEncoder.encode(responseType, StandardCharsets.UTF_8)
                + "&scope=openid%20offline_access&state=st-3" + extra);
    }

    private String authorize(String extra) {
        return authorize("B2C_1A_signup_signin", "code", "&nonce=n-3" + extra);
    }

    /** Signs up through the pages; the browser ends at the redirect carrying the code. */
    private PageBrowser signUp(String email) {
        PageBrowser browser = new PageBrowser();
        assertThat(browser.open(authorize("")).statusCode()).isEqualTo(200);
        signUpOnPages(browser, tenant, email, PASSWORD, "Err", "Err", "Paths");
        assertThat(browser.last().statusCode()).as(browser.last().body()).isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> token(Map<String, String> form, String basicSecret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/" + tenant
                        + "/B2C_1A_signup_signin/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PageBrowser.encode(form)));
        if (basicSecret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + URLEncoder.encode(basicSecret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private static String description(HttpResponse<String> response) {
        return json(response).path("error_description").asString();
    }

    @Test
    void anUnknownPolicyIsAnErrorPageAndNothingIsRedirected() {
        HttpResponse<String> response = new PageBrowser().open(authorize("B2C_1A_NoSuchPolicy", "code", "&nonce=n"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("AADB2C90022").contains("B2C_1A_NoSuchPolicy");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anIdTokenWithoutANonceIsRefusedInTheRequestedResponseMode() {
        PageBrowser browser = new PageBrowser();
        HttpResponse<String> fragment = browser.open(authorize("B2C_1A_signup_signin", "id_token", ""));
        HttpResponse<String> formPost = browser.open(authorize("B2C_1A_signup_signin", "code id_token",
                "&response_mode=form_post"));

        assertThat(fragment.statusCode()).isEqualTo(302);
        String location = fragment.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "#");
        Map<String, String> error = PageBrowser.parameters(URI.create(location).getRawFragment());
        assertThat(error).containsEntry("error", "invalid_request").containsEntry("state", "st-3");
        assertThat(error.get("error_description")).startsWith("AADB2C90083").contains("nonce");
        assertThat(formPost.statusCode()).isEqualTo(200);
        assertThat(formPost.body()).contains("action=\"" + REDIRECT + "\"")
                .contains("name=\"error\" value=\"invalid_request\"").contains("name=\"state\" value=\"st-3\"")
                .containsPattern("name=\"error_description\" value=\"AADB2C90083[^\"]*nonce");
    }

    @Test
    void anExpiredCodeIsAnInvalidGrant() {
        String code = PageBrowser.query(signUp("expired@example.com").location()).get("code");
        // Ten minutes pass: the code's expiry is moved into the past, as the clock would.
        jdbc.sql("UPDATE authorization_codes SET expires_at = ? WHERE tenant_id = ?")
                .params(SqlTime.of(Instant.now().minusSeconds(1)), tenants.find(tenant).orElseThrow().id().toString())
                .update();

        HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", code), clientSecret);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(description(response)).startsWith("AADB2C90080");
    }

    @Test
    void aWrongSecretByBasicIsRefusedAndTheCodeStillRedeemsWithTheRightOne() {
        String code = PageBrowser.query(signUp("basic@example.com").location()).get("code");

        HttpResponse<String> wrong = token(Map.of("grant_type", "authorization_code", "code", code), "not-the-secret");
        HttpResponse<String> right = token(Map.of("grant_type", "authorization_code", "code", code), clientSecret);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(json(wrong).path("error").asString()).isEqualTo("invalid_client");
        assertThat(description(wrong)).startsWith("AADB2C90081");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    }

    @Test
    void aReplayedRefreshTokenRevokesItsWholeFamily() {
        String code = PageBrowser.query(signUp("family@example.com").location()).get("code");
        String first = json(token(Map.of("grant_type", "authorization_code", "code", code), clientSecret))
                .path("refresh_token").asString();
        HttpResponse<String> rotated = token(Map.of("grant_type", "refresh_token", "refresh_token", first), clientSecret);
        String second = json(rotated).path("refresh_token").asString();

        HttpResponse<String> replay = token(Map.of("grant_type", "refresh_token", "refresh_token", first), clientSecret);
        HttpResponse<String> newest = token(Map.of("grant_type", "refresh_token", "refresh_token", second), clientSecret);

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(description(replay)).startsWith("AADB2C90129");
        assertThat(newest.statusCode()).as("the newer token of the replayed family").isEqualTo(400);
        assertThat(description(newest)).startsWith("AADB2C90129");
    }

    @Test
    void promptLoginAsksForThePasswordDespiteTheSession() {
        PageBrowser browser = signUp("prompt@example.com");

        HttpResponse<String> silent = browser.open(authorize(""));
        HttpResponse<String> forced = browser.open(authorize("&prompt=login"));

        assertThat(silent.statusCode()).as("the session signs in without a page").isEqualTo(302);
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(forced.body()).contains("name=\"password\"");
        browser.press("continue", Map.of("signInName", "prompt@example.com", "password", PASSWORD));
        assertThat(PageBrowser.query(browser.location())).containsKey("code");
    }

    @Test
    void aTamperedOrExpiredIdTokenHintIsRefusedAtTheRedirectUri() throws Exception {
        uploadInvitationPolicy();
        String valid = hint(Instant.now().plusSeconds(600), HINT_SECRET);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("new@example.com", "evil@example.com").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String expired = hint(Instant.now().minusSeconds(5), HINT_SECRET);

        HttpResponse<String> accepted = get(invite(valid));
        HttpResponse<String> forged = get(invite(tampered));
        HttpResponse<String> late = get(invite(expired));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(PageBrowser.query(accepted.headers().firstValue("Location").orElseThrow())).containsKey("code");
        for (HttpResponse<String> refused : java.util.List.of(forged, late)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            String location = refused.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(REDIRECT + "?");
            assertThat(PageBrowser.query(location)).containsKey("error").containsEntry("state", "st-3")
                    .doesNotContainKey("code");
            assertThat(PageBrowser.query(location).get("error_description")).startsWith("AADB2C90208");
        }
    }

    @Test
    void logoutReturnsToTheClientOnlyForAnIdTokenHintItsPolicySigned() {
        String code = PageBrowser.query(signUp("logout@example.com").location()).get("code");
        String idToken = json(token(Map.of("grant_type", "authorization_code", "code", code), clientSecret))
                .path("id_token").asString();
        String[] parts = idToken.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String logout = "/" + tenant + "/B2C_1A_signup_signin/oauth2/v2.0/logout?state=bye&post_logout_redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&id_token_hint=";

        HttpResponse<String> forged = get(logout + tampered);
        HttpResponse<String> genuine = get(logout + idToken);

        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        assertThat(forged.body()).contains("You are signed out");
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Location").orElseThrow()).isEqualTo(REDIRECT + "?state=bye");
    }

    private String invite(String hint) {
        return authorize("B2C_1A_Invite", "code", "&nonce=n&id_token_hint=" + hint).substring(url("").length());
    }

    private static String hint(Instant expiry, String secret) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://inviter.example").audience("trustframe-invite")
                .claim("email", "new@example.com").notBeforeTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** B2C's "sign-up with email invitation" shape: an id_token_hint checked with a symmetric policy key. */
    private void uploadInvitationPolicy() {
        String keySets = "/graph/" + tenant + "/beta/trustFramework/keySets";
        admin("POST", keySets, "application/json", "{\"id\":\"InviteSecret\"}");
        assertThat(admin("POST", keySets + "/B2C_1A_InviteSecret/uploadSecret", "application/json",
                "{\"use\":\"sig\",\"k\":\"" + HINT_SECRET + "\"}").statusCode()).isEqualTo(200);
        String policy = """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="%1$s.onmicrosoft.com" PolicyId="B2C_1A_Invite"
                    PublicPolicyUri="http://%1$s.onmicrosoft.com/B2C_1A_Invite">
                  <BuildingBlocks><ClaimsSchema>
                    <ClaimType Id="email"><DisplayName>Email</DisplayName><DataType>string</DataType></ClaimType>
                  </ClaimsSchema></BuildingBlocks>
                  <ClaimsProviders><ClaimsProvider><DisplayName>Invitations</DisplayName><TechnicalProfiles>
                    <TechnicalProfile Id="IdTokenHint_ExtractClaims">
                      <DisplayName>Invitation hint</DisplayName>
                      <Protocol Name="None" />
                      <Metadata>
                        <Item Key="IdTokenAudience">trustframe-invite</Item>
                        <Item Key="issuer">https://inviter.example</Item>
                      </Metadata>
                      <CryptographicKeys>
                        <Key Id="client_secret" StorageReferenceId="B2C_1A_InviteSecret" />
                      </CryptographicKeys>
                      <OutputClaims><OutputClaim ClaimTypeReferenceId="email" /></OutputClaims>
                    </TechnicalProfile>
                    <TechnicalProfile Id="JwtIssuer">
                      <DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" />
                      <OutputTokenFormat>JWT</OutputTokenFormat>
                      <CryptographicKeys>
                        <Key Id="issuer_secret" StorageReferenceId="B2C_1A_TokenSigningKeyContainer" />
                      </CryptographicKeys>
                    </TechnicalProfile>
                  </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
                  <UserJourneys><UserJourney Id="Invite"><OrchestrationSteps>
                    <OrchestrationStep Order="1" Type="GetClaims" CpimIssuerTechnicalProfileReferenceId="IdTokenHint_ExtractClaims" />
                    <OrchestrationStep Order="2" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
                  </OrchestrationSteps></UserJourney></UserJourneys>
                  <RelyingParty><DefaultUserJourney ReferenceId="Invite" />
                    <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" />
                      <InputClaims><InputClaim ClaimTypeReferenceId="email" PartnerClaimType="email" /></InputClaims>
                      <OutputClaims>
                        <OutputClaim ClaimTypeReferenceId="email" />
                        <OutputClaim ClaimTypeReferenceId="email" PartnerClaimType="sub" />
                      </OutputClaims>
                    </TechnicalProfile>
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(tenant);
        HttpResponse<String> uploaded = admin("PUT", "/graph/" + tenant + "/beta/trustFramework/policies/B2C_1A_Invite/$value",
                "application/xml", policy);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    }
}
