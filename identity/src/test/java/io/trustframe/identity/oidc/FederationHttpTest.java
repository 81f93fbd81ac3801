package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * Federation over HTTP: the starter pack's SocialAndLocalAccounts with a generic OpenID Connect provider added the way
 * B2C's "set up sign-in with an OpenID Connect identity provider" guide adds one (a claims provider in the extensions
 * file, its button in the sign-up-or-sign-in journey, the client secret as a policy key). The provider is a local stub;
 * its answer comes back to {@code /{tenant}.onmicrosoft.com/oauth2/authresp} and the journey ends at the relying party.
 */
class FederationHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://app.example/signin-oidc";
    private static final String POLICY = "B2C_1A_signup_signin";

    private StubOpenIdProvider provider;
    private String tenant;
    private String clientId;
    private String clientSecret;

    @BeforeEach
    void deploy() {
        provider = new StubOpenIdProvider();
        tenant = newTenant();
        generateTokenKeys(tenant);
        String keySets = "/graph/" + tenant + "/beta/trustFramework/keySets";
        assertThat(admin("POST", keySets, "application/json", "{\"id\":\"ContosoSecret\"}").statusCode()).isEqualTo(201);
        assertThat(admin("POST", keySets + "/B2C_1A_ContosoSecret/uploadSecret", "application/json",
                "{\"use\":\"sig\",\"k\":\"" + StubOpenIdProvider.CLIENT_SECRET + "\"}").statusCode()).isEqualTo(200);
        uploadCorpus(tenant, "starterpack/SocialAndLocalAccounts", LOCAL_ACCOUNTS,
                (file, xml) -> file.equals("TrustFrameworkExtensions.xml") ? withContosoProvider(xml) : xml);
        WebApp app = registerWebApp(tenant, "App", REDIRECT);
        clientId = app.clientId();
        clientSecret = app.clientSecret();
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    /** The guide's claims provider and the journey's first two steps with its button and exchange added. */
    private String withContosoProvider(String extensions) {
        String claimsProvider = """
                <ClaimsProvider>
                  <Domain>contoso.example</Domain>
                  <DisplayName>Contoso</DisplayName>
                  <TechnicalProfiles>
                    <TechnicalProfile Id="Contoso-OpenIdConnect">
                      <DisplayName>Contoso employees</DisplayName>
                      <Protocol Name="OpenIdConnect" />
                      <Metadata>
                        <Item Key="METADATA">%s</Item>
                        <Item Key="client_id">%s</Item>
                        <Item Key="response_types">code</Item>
                        <Item Key="scope">openid profile</Item>
                        <Item Key="response_mode">form_post</Item>
                        <Item Key="HttpBinding">POST</Item>
                        <Item Key="UsePolicyInRedirectUri">false</Item>
                      </Metadata>
                      <CryptographicKeys>
                        <Key Id="client_secret" StorageReferenceId="B2C_1A_ContosoSecret" />
                      </CryptographicKeys>
                      <OutputClaims>
                        <OutputClaim ClaimTypeReferenceId="issuerUserId" PartnerClaimType="sub" />
                        <OutputClaim ClaimTypeReferenceId="givenName" PartnerClaimType="given_name" />
                        <OutputClaim ClaimTypeReferenceId="surname" PartnerClaimType="family_name" />
                        <OutputClaim ClaimTypeReferenceId="displayName" PartnerClaimType="name" />
                        <OutputClaim ClaimTypeReferenceId="email" PartnerClaimType="email" />
                        <OutputClaim ClaimTypeReferenceId="identityProvider" PartnerClaimType="iss" />
                        <OutputClaim ClaimTypeReferenceId="authenticationSource" DefaultValue="socialIdpAuthentication" AlwaysUseDefaultValue="true" />
                      </OutputClaims>
                      <OutputClaimsTransformations>
                        <OutputClaimsTransformation ReferenceId="CreateRandomUPNUserName" />
                        <OutputClaimsTransformation ReferenceId="CreateUserPrincipalName" />
                        <OutputClaimsTransformation ReferenceId="CreateAlternativeSecurityId" />
                        <OutputClaimsTransformation ReferenceId="CreateSubjectClaimFromAlternativeSecurityId" />
                      </OutputClaimsTransformations>
                      <UseTechnicalProfileForSessionManagement ReferenceId="SM-SocialLogin" />
                    </TechnicalProfile>
                  </TechnicalProfiles>
                </ClaimsProvider>
                """.formatted(provider.metadataUrl(), StubOpenIdProvider.CLIENT_ID);
        String journey = """
                <UserJourneys>
                  <UserJourney Id="SignUpOrSignIn">
                    <OrchestrationSteps>
                      <OrchestrationStep Order="1" Type="CombinedSignInAndSignUp" ContentDefinitionReferenceId="api.signuporsignin">
                        <ClaimsProviderSelections>
                          <ClaimsProviderSelection TargetClaimsExchangeId="FacebookExchange" />
                          <ClaimsProviderSelection TargetClaimsExchangeId="ContosoExchange" />
                          <ClaimsProviderSelection ValidationClaimsExchangeId="LocalAccountSigninEmailExchange" />
                        </ClaimsProviderSelections>
                        <ClaimsExchanges>
                          <ClaimsExchange Id="LocalAccountSigninEmailExchange" TechnicalProfileReferenceId="SelfAsserted-LocalAccountSignin-Email" />
                        </ClaimsExchanges>
                      </OrchestrationStep>
                      <OrchestrationStep Order="2" Type="ClaimsExchange">
                        <Preconditions>
                          <Precondition Type="ClaimsExist" ExecuteActionsIf="true">
                            <Value>objectId</Value>
                            <Action>SkipThisOrchestrationStep</Action>
                          </Precondition>
                        </Preconditions>
                        <ClaimsExchanges>
                          <ClaimsExchange Id="FacebookExchange" TechnicalProfileReferenceId="Facebook-OAUTH" />
                          <ClaimsExchange Id="ContosoExchange" TechnicalProfileReferenceId="Contoso-OpenIdConnect" />
                          <ClaimsExchange Id="SignUpWithLogonEmailExchange" TechnicalProfileReferenceId="LocalAccountSignUpWithLogonEmail" />
                        </ClaimsExchanges>
                      </OrchestrationStep>
                    </OrchestrationSteps>
                  </UserJourney>
                </UserJourneys>
                """;
        return extensions.replaceFirst("</ClaimsProviders>", claimsProvider + "</ClaimsProviders>")
                .replaceFirst("</TrustFrameworkPolicy>", journey + "</TrustFrameworkPolicy>");
    }

    private String authorize(String policy) {
        return url("/" + tenant + ".onmicrosoft.com/" + policy + "/oauth2/v2.0/authorize?client_id=" + clientId
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=app-state&nonce=app-nonce");
    }

    private String callbackUri() {
        return url("/" + tenant + ".onmicrosoft.com/oauth2/authresp");
    }

    /** The unified page, the provider's button, the provider (which answers by form_post): back at our callback. */
    private FormBrowser toProviderAndBack(FormBrowser browser) {
        assertThat(browser.open(authorize(POLICY)).statusCode()).isEqualTo(200);
        assertThat(browser.last.body()).contains("value=\"choose:ContosoExchange\"").contains(">Contoso employees<");
        browser.submit("choose:ContosoExchange", Map.of());
        assertThat(browser.last.statusCode()).isEqualTo(302);
        Map<String, String> request = StubOpenIdProvider.parse(URI.create(browser.location()).getRawQuery());
        assertThat(browser.location()).startsWith(provider.issuer() + "/authorize?");
        assertThat(request).containsEntry("client_id", StubOpenIdProvider.CLIENT_ID)
                .containsEntry("redirect_uri", callbackUri()).containsEntry("response_mode", "form_post")
                .containsKey("state").containsKey("nonce");
        browser.follow();
        assertThat(browser.formAction()).isEqualTo(callbackUri());
        browser.submitFormPost();
        return browser;
    }

    private Map<String, String> redirectQuery(FormBrowser browser) {
        assertThat(browser.last.statusCode()).as(browser.last.body()).isEqualTo(302);
        assertThat(browser.location()).startsWith(REDIRECT + "?");
        return StubOpenIdProvider.parse(URI.create(browser.location()).getRawQuery());
    }

    private JWTClaimsSet idToken(String code) throws Exception {
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(url("/" + tenant + "/" + POLICY
                        + "/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormBrowser.encode(Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", REDIRECT, "client_id", clientId, "client_secret", clientSecret)))));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(json(tokens).path("id_token").asString());
        JWKSet keys = JWKSet.parse(get("/" + tenant + "/" + POLICY + "/discovery/v2.0/keys").body());
        assertThat(jwt.verify(new RSASSAVerifier(keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey()))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @Test
    void aFirstSignInWithTheExternalAccountAsksForTheProfileThenEndsWithAnIdTokenAtTheApp() throws Exception {
        FormBrowser browser = toProviderAndBack(new FormBrowser());

        assertThat(browser.last.statusCode()).isEqualTo(200);
        assertThat(browser.last.body()).contains("value=\"Grace Hopper\"");
        browser.submit("continue", Map.of("displayName", "Grace Hopper", "givenName", "Grace", "surname", "Hopper"));

        Map<String, String> response = redirectQuery(browser);
        assertThat(response).containsEntry("state", "app-state").containsKey("code");
        JWTClaimsSet claims = idToken(response.get("code"));
        assertThat(claims.getStringClaim("name")).isEqualTo("Grace Hopper");
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Grace");
        assertThat(claims.getStringClaim("idp")).isEqualTo(provider.issuer());
        assertThat(claims.getStringClaim("nonce")).isEqualTo("app-nonce");
        assertThat(claims.getAudience()).containsExactly(clientId);

        JsonNode user = json(admin("GET", "/graph/" + tenant + "/v1.0/users/" + claims.getSubject(), "application/json", ""));
        assertThat(user.path("identities").toString()).contains("federated").contains(provider.issuer());
    }

    @Test
    void theReturningExternalUserIsSignedInWithoutAnyPage() throws Exception {
        FormBrowser first = toProviderAndBack(new FormBrowser());
        first.submit("continue", Map.of("displayName", "Grace Hopper", "givenName", "Grace", "surname", "Hopper"));
        String subject = idToken(redirectQuery(first).get("code")).getSubject();

        FormBrowser second = toProviderAndBack(new FormBrowser());

        assertThat(idToken(redirectQuery(second).get("code")).getSubject()).isEqualTo(subject);
    }

    @Test
    void theProvidersRefusalEndsTheJourneyWithB2csErrorAtTheApp() {
        provider.refusal = "access_denied";
        FormBrowser browser = toProviderAndBack(new FormBrowser());

        Map<String, String> response = redirectQuery(browser);
        assertThat(response).containsEntry("error", "access_denied").containsEntry("state", "app-state");
        assertThat(response.get("error_description")).startsWith("AADB2C90273: ");
    }

    @Test
    void theProvidersAnswerComesBackByQueryStringToo() {
        FormBrowser browser = new FormBrowser();
        browser.open(authorize(POLICY));
        browser.submit("choose:ContosoExchange", Map.of());
        browser.follow();
        Map<String, String> answer = browser.hidden();

        browser.open(callbackUri() + "?" + FormBrowser.encode(answer));

        assertThat(browser.last.statusCode()).isEqualTo(200);
        assertThat(browser.last.body()).contains("value=\"Grace Hopper\"");
    }

    @Test
    void anAnswerWithAnUnknownOrSpentStateContinuesNoJourney() {
        FormBrowser browser = new FormBrowser();
        browser.open(authorize(POLICY));
        browser.submit("choose:ContosoExchange", Map.of());
        browser.follow();
        Map<String, String> answer = browser.hidden();

        FormBrowser attacker = new FormBrowser();
        attacker.post(callbackUri(), Map.of("code", answer.get("code"), "state", "forged-state"));
        assertThat(attacker.last.statusCode()).isEqualTo(400);
        assertThat(attacker.last.body()).contains("AADB2C90046");

        assertThat(browser.post(callbackUri(), answer).statusCode()).isEqualTo(200);
        attacker.post(callbackUri(), answer);
        assertThat(attacker.last.statusCode()).as("a state is spent once the journey moved on").isEqualTo(400);
    }

    @Test
    void anotherTenantsCallbackDoesNotContinueTheJourney() {
        FormBrowser browser = new FormBrowser();
        browser.open(authorize(POLICY));
        browser.submit("choose:ContosoExchange", Map.of());
        browser.follow();
        String other = newTenant();

        browser.post(url("/" + other + ".onmicrosoft.com/oauth2/authresp"), browser.hidden());

        assertThat(browser.last.statusCode()).isEqualTo(400);
    }

    @Test
    void theIdentityProviderSelectionPageListsTheProvidersAndItsButtonGoesToTheChosenOne() {
        FormBrowser browser = new FormBrowser();
        assertThat(browser.open(authorize("B2C_1A_ProfileEdit")).statusCode()).isEqualTo(200);
        String page = browser.last.body();
        assertThat(page).contains("<h1 id=\"providers-heading\">Sign in</h1>")
                .contains("<ul class=\"providers\" aria-labelledby=\"providers-heading\">")
                .contains("value=\"choose:FacebookExchange\">Facebook</button>")
                .contains("value=\"choose:LocalAccountSigninEmailExchange\">Local Account Signin</button>")
                .doesNotContain("value=\"continue\"");

        browser.submit("choose:FacebookExchange", Map.of());

        assertThat(browser.last.statusCode()).isEqualTo(302);
        assertThat(browser.location()).startsWith("https://www.facebook.com/dialog/oauth?")
                .contains("redirect_uri=" + URLEncoder.encode(callbackUri(), StandardCharsets.UTF_8));
    }

    @Test
    void cancelOnTheSelectionPageGoesBackToTheAppWithB2csCancelCode() {
        FormBrowser browser = new FormBrowser();
        browser.open(authorize("B2C_1A_ProfileEdit"));

        browser.submit("cancel", Map.of());

        Map<String, String> response = redirectQuery(browser);
        assertThat(response).containsEntry("error", "access_denied");
        assertThat(response.get("error_description")).startsWith("AADB2C90091: ");
    }
}
