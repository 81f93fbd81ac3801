package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * The starter pack's SocialAndLocalAccountsWithMfa over HTTP: sign-up, then the phone-factor page enrols a number; the
 * code goes out through the configured Twilio-compatible Messages API (a local stub that records what it was asked to
 * send) and the id_token carries the verified number.
 */
class PhoneFactorHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://app.example/signin-oidc";
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final Pattern CODE = Pattern.compile("verification code (\\d{6})");
    private static final List<Map<String, String>> MESSAGES = new CopyOnWriteArrayList<>();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static final HttpServer MESSAGES_API = messagesApi();

    private String tenant;
    private String clientId;
    private String clientSecret;

    private static HttpServer messagesApi() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json", exchange -> {
                AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                MESSAGES.add(StubOpenIdProvider.parse(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                byte[] body = ("{\"sid\":\"SM00000000000000000000000000000001\",\"status\":\"queued\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void sms(DynamicPropertyRegistry registry) {
        registry.add("trustframe.identity.sms.url", () -> "http://127.0.0.1:" + MESSAGES_API.getAddress().getPort());
        registry.add("trustframe.identity.sms.account-sid", () -> ACCOUNT_SID);
        registry.add("trustframe.identity.sms.auth-token", () -> "auth-token-1");
        registry.add("trustframe.identity.sms.from", () -> "+15005550006");
    }

    @AfterAll
    static void stopMessagesApi() {
        MESSAGES_API.stop(0);
    }

    @BeforeEach
    void deploy() {
        tenant = newTenant();
        generateTokenKeys(tenant);
        String tenantClaim = "<OutputClaim ClaimTypeReferenceId=\"tenantId\" AlwaysUseDefaultValue=\"true\" "
                + "DefaultValue=\"{Policy:TenantObjectId}\" />";
        uploadCorpus(tenant, "starterpack/SocialAndLocalAccountsWithMfa", LOCAL_ACCOUNTS,
                (file, xml) -> file.equals("SignUpOrSignin.xml") ? xml.replace(tenantClaim, tenantClaim
                        + "<OutputClaim ClaimTypeReferenceId=\"Verified.strongAuthenticationPhoneNumber\" />") : xml);
        WebApp app = registerWebApp(tenant, "App", REDIRECT);
        clientId = app.clientId();
        clientSecret = app.clientSecret();
    }

    private String textedCode(String to) {
        Map<String, String> message = MESSAGES.stream().filter(m -> to.equals(m.get("To")))
                .reduce((first, second) -> second).orElseThrow();
        Matcher m = CODE.matcher(message.get("Body"));
        assertThat(m.find()).as(message.get("Body")).isTrue();
        return m.group(1);
    }

    @Test
    void signUpEnrolsThePhoneOnItsOwnPageAndTheIdTokenCarriesTheVerifiedNumber() throws Exception {
        String email = "ada-" + tenant + "@example.com";
        FormBrowser browser = new FormBrowser();
        browser.open(url("/" + tenant + ".onmicrosoft.com/B2C_1A_signup_signin/oauth2/v2.0/authorize?client_id="
                + clientId + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=s1&nonce=n1"));
        browser.submit("choose:SignUpWithLogonEmailExchange", Map.of());
        browser.submit("control:Verified.email:SendCode", Map.of("email", email));
        browser.submit("control:Verified.email:VerifyCode", Map.of("email", email, "verificationCode", mailedCode(tenant, email)));
        browser.submit("continue", Map.of("email", email, "newPassword", "Passw0rd!x", "reenterPassword", "Passw0rd!x",
                "displayName", "Ada Lovelace", "givenName", "Ada", "surname", "Lovelace"));

        String enrol = browser.last.body();
        assertThat(enrol).contains("<h1>Enter a phone number</h1>")
                .contains("<select id=\"countryCode\" name=\"countryCode\"")
                .contains("<option value=\"GB\">United Kingdom (+44)</option>")
                .contains("<label for=\"phoneNumber\">Phone Number</label>")
                .contains("value=\"control:phoneFactor:SendCode\" formnovalidate>Send code</button>");
        browser.submit("control:phoneFactor:SendCode", Map.of("countryCode", "GB", "phoneNumber", "07700 900123"));

        assertThat(browser.last.body()).contains("We have sent a code to XXX-XXX-0123")
                .contains("<label for=\"verificationCode\">Verification code</label>");
        Map<String, String> message = MESSAGES.get(MESSAGES.size() - 1);
        assertThat(message).containsEntry("To", "+447700900123").containsEntry("From", "+15005550006");
        assertThat(message.get("Body")).startsWith("Use verification code ").endsWith(" for " + tenant + " authentication.");
        assertThat(AUTHORIZATIONS.get(AUTHORIZATIONS.size() - 1)).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString((ACCOUNT_SID + ":auth-token-1").getBytes(StandardCharsets.UTF_8)));

        browser.submit("control:phoneFactor:VerifyCode", Map.of("verificationCode", "000000".equals(textedCode(
                "+447700900123")) ? "111111" : "000000"));
        assertThat(browser.last.body()).contains("does not match our records");
        browser.submit("control:phoneFactor:VerifyCode", Map.of("verificationCode", textedCode("+447700900123")));

        assertThat(browser.last.statusCode()).as(browser.last.body()).isEqualTo(302);
        Map<String, String> response = StubOpenIdProvider.parse(URI.create(browser.location()).getRawQuery());
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(url("/" + tenant
                        + "/B2C_1A_signup_signin/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormBrowser.encode(Map.of("grant_type", "authorization_code",
                        "code", response.get("code"), "redirect_uri", REDIRECT, "client_id", clientId,
                        "client_secret", clientSecret)))));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        var claims = SignedJWT.parse(json(tokens).path("id_token").asString()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("phone_number")).isEqualTo("+447700900123");
        JsonNode user = json(admin("GET", "/graph/" + tenant + "/v1.0/users/" + claims.getSubject(), "application/json", ""));
        assertThat(user.path("strongAuthenticationPhoneNumber").asString()).isEqualTo("+447700900123");
    }
}
