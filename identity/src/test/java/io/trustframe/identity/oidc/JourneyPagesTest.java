package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a person reads and keeps on the journey pages: button labels from the policy's strings (or B2C's defaults),
 * values typed before a display-control action or a rejected submission, the language asked for.
 */
class JourneyPagesTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final List<String> DISPLAY_CONTROLS = List.of("TrustFrameworkBase.xml",
            "TrustFrameworkLocalization.xml", "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml");

    private String tenant;

    private String deploy(java.util.function.BiConsumer<String, String> policies) {
        tenant = newTenant();
        generateTokenKeys(tenant);
        String clientId = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}")).path("appId").asString();
        policies.accept(tenant, clientId);
        return clientId;
    }

    private String authorize(String policy, String clientId, String extra) {
        return "/" + tenant + ".onmicrosoft.com/" + policy + "/oauth2/v2.0/authorize?client_id=" + clientId
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=s&nonce=n" + extra;
    }

    private String mailedCode(String email) {
        var mails = ports.outbox().to(tenants.find(tenant).orElseThrow(), email);
        return mails.get(mails.size() - 1).code();
    }

    @Test
    void displayControlButtonsReadAsThePolicysStringsAndTypedValuesSurviveTheirRoundTrips() {
        String clientId = deploy((t, c) -> uploadCorpus(t, "starterpack/Display-Controls-Starterpack/LocalAccounts",
                DISPLAY_CONTROLS));
        PageBrowser browser = new PageBrowser(url(""));
        browser.open(authorize("B2C_1A_signup_signin", clientId, ""));
        browser.press("choose:SignUpWithLogonEmailExchange", Map.of());

        assertThat(browser.buttonLabel("control:emailVerificationControl:SendCode")).isEqualTo("Send verification code");
        assertThat(browser.buttonLabel("control:emailVerificationControl:VerifyCode")).isEqualTo("Verify code");
        assertThat(browser.page().select("legend").eachText()).doesNotContain("emailVerificationControl");
        assertThat(browser.page().text()).contains("Verification is necessary. Please click Send button.");
        assertThat(browser.buttonLabel("continue")).isEqualTo("Create");

        browser.press("control:emailVerificationControl:SendCode", Map.of("email", "ada@example.com",
                "displayName", "Ada Lovelace", "givenName", "Ada", "surname", "Lovelace", "newPassword", "Passw0rd!x"));

        assertThat(browser.value("email")).isEqualTo("ada@example.com");
        assertThat(browser.value("displayName")).isEqualTo("Ada Lovelace");
        assertThat(browser.value("givenName")).isEqualTo("Ada");
        assertThat(browser.value("newPassword")).isEmpty();
        assertThat(browser.buttonLabel("control:emailVerificationControl:SendCode")).isEqualTo("Send new code");
        assertThat(browser.page().select("[role=status]").text())
                .isEqualTo("Verification code has been sent to your inbox. Please copy it to the input box below.");

        browser.press("control:emailVerificationControl:VerifyCode", Map.of("verificationCode", "000000x"));
        assertThat(browser.page().select("[role=alert]").text()).contains("That code is incorrect");
        assertThat(browser.value("email")).isEqualTo("ada@example.com");
        assertThat(browser.value("displayName")).isEqualTo("Ada Lovelace");

        browser.press("control:emailVerificationControl:VerifyCode",
                Map.of("verificationCode", mailedCode("ada@example.com")));
        assertThat(browser.page().text()).contains("E-mail address verified. You can now continue.");

        browser.press("continue", Map.of("newPassword", "Passw0rd!x", "reenterPassword", "Other-Passw0rd"));
        assertThat(browser.page().select("[role=alert]").text()).contains("The password entry fields do not match");
        assertThat(browser.value("displayName")).isEqualTo("Ada Lovelace");
        assertThat(browser.value("surname")).isEqualTo("Lovelace");
        assertThat(browser.value("email")).isEqualTo("ada@example.com");
        assertThat(browser.value("newPassword")).isEmpty();
        assertThat(browser.value("reenterPassword")).isEmpty();

        browser.press("continue", Map.of("newPassword", "Passw0rd!x", "reenterPassword", "Passw0rd!x"));
        assertThat(browser.last().statusCode()).isEqualTo(302);
        assertThat(browser.last().headers().firstValue("Location").orElseThrow()).startsWith(REDIRECT + "?code=");
    }

    @Test
    void eachPageOfTheTrustframePoliciesReadsItsOwnHeadingButtonAndLegend() {
        String clientId = deploy(this::uploadTrustframePolicies);
        PageBrowser browser = new PageBrowser(url(""));
        browser.open(authorize("B2C_1A_TF_SignUpOrSignIn", clientId, ""));
        assertThat(browser.page().selectFirst("h1").text()).isEqualTo("Sign in to your bank");
        assertThat(browser.buttonLabel("continue")).isEqualTo("Sign in");
        assertThat(browser.page().select("button[name=_action][value^=choose:]").text()).isEqualTo("Create an account");
        String signUp = browser.page().select("button[name=_action][value^=choose:]").attr("value");

        browser.press(signUp, Map.of());

        assertThat(browser.page().selectFirst("h1").text()).isEqualTo("Create your account");
        assertThat(browser.page().selectFirst("legend").text()).isEqualTo("Your mobile phone");
        assertThat(browser.buttonLabel("continue")).isEqualTo("Create account");
        assertThat(browser.buttonLabel("control:tfPhoneEnrolment:SendCode")).isEqualTo("Send code");
        assertThat(browser.buttonLabel("control:tfPhoneEnrolment:VerifyCode")).isEqualTo("Check code");
        assertThat(browser.page().text()).contains("We send a code to this number to make sure it is yours.");
    }

    @Test
    void uiLocalesThenAcceptLanguageChooseTheLanguageOfThePolicyAndOfOurOwnTexts() {
        String clientId = deploy(this::uploadTrustframePolicies);

        PageBrowser german = new PageBrowser(url("")).with("Accept-Language", "fr-CH, de;q=0.8, en;q=0.5");
        german.open(authorize("B2C_1A_TF_SignUpOrSignIn", clientId, ""));
        assertThat(german.page().selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.buttonLabel("cancel")).isEqualTo("Abbrechen");
        assertThat(german.page().select("button[name=_action][value^=choose:]").text()).isEqualTo("Konto eröffnen");
        german.press("continue", Map.of("email", "nobody@example.com", "password", ""));
        assertThat(german.page().select("[role=alert] h2").text()).isEqualTo("Es gibt ein Problem");
        assertThat(german.page().select("#password-help .field-error").text()).isEqualTo("Diese Angabe ist erforderlich.");

        PageBrowser asked = new PageBrowser(url("")).with("Accept-Language", "de");
        asked.open(authorize("B2C_1A_TF_SignUpOrSignIn", clientId, "&ui_locales=en"));
        assertThat(asked.page().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(asked.buttonLabel("continue")).isEqualTo("Sign in");
    }

    @Test
    void theErrorAndSignedOutPagesSpeakTheBrowsersLanguage() {
        deploy(this::uploadTrustframePolicies);
        PageBrowser german = new PageBrowser(url("")).with("Accept-Language", "de-DE,de;q=0.9,en;q=0.5");

        german.open(authorize("B2C_1A_TF_SignUpOrSignIn", "00000000-0000-0000-0000-000000000000", ""));
        assertThat(german.last().statusCode()).isEqualTo(400);
        Document error = Jsoup.parse(german.last().body());
        assertThat(error.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(error.select("h1").text()).isEqualTo("Leider können wir nicht fortfahren");
        assertThat(error.select("[role=alert]").text()).startsWith("AADB2C90018");

        german.open("/" + tenant + ".onmicrosoft.com/B2C_1A_TF_SignUpOrSignIn/oauth2/v2.0/logout");
        assertThat(german.page().select("h1").text()).isEqualTo("Sie sind abgemeldet");
    }
}
