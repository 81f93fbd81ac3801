package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicySet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The starter pack's SocialAndLocalAccountsWithMfa sign-up-or-sign-in, whose PhoneFactor-InputOrVerify step enrols a
 * phone at sign-up and verifies it at sign-in, with codes sent through the engine's text-message port. The one edit:
 * the relying party also puts the verified phone number in the token.
 */
class StarterPackMfaJourneyTest {

    private static final String PASSWORD = "Passw0rd!";
    private static final String PHONE = "+447700900123";

    private TestPorts world;
    private JourneyEngine engine;
    private PolicySet policies;

    @BeforeEach
    void setUp() {
        CorpusPolicies.root();
        String tenantClaim = "<OutputClaim ClaimTypeReferenceId=\"tenantId\" AlwaysUseDefaultValue=\"true\" "
                + "DefaultValue=\"{Policy:TenantObjectId}\" />";
        policies = CorpusPolicies.load(List.of("starterpack/SocialAndLocalAccountsWithMfa"), Map.of(tenantClaim,
                tenantClaim + "<OutputClaim ClaimTypeReferenceId=\"Verified.strongAuthenticationPhoneNumber\" />"));
        world = new TestPorts();
        engine = new JourneyEngine(world.ports());
    }

    private Browser browser() {
        return new Browser(engine, policies.relyingParty("B2C_1A_signup_signin"));
    }

    private static JourneyRequest request() {
        return JourneyRequest.of("contoso.example", "app", "https://app.example/cb");
    }

    /** Sign-up with email and password; answers the browser on the phone page. */
    private Browser signUp() {
        Browser browser = browser();
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");
        browser.form(Map.of("email", "ada@example.com", "newPassword", PASSWORD, "reenterPassword", PASSWORD,
                "displayName", "Ada Lovelace", "givenName", "Ada", "surname", "Lovelace"));
        return browser;
    }

    private void sendCodeTo(Browser browser, String country, String number) {
        browser.action("phoneFactor", "SendCode", Map.of("countryCode", country, "phoneNumber", number));
    }

    @Test
    void signUpEnrolsAPhoneByTextMessageAndTheTokenCarriesTheVerifiedNumber() {
        Browser browser = signUp();

        Page enrol = browser.page();
        assertThat(enrol.dataUri()).startsWith("urn:com:microsoft:aad:b2c:elements:contract:multifactor:");
        assertThat(enrol.fields()).extracting(Page.Field::claimType).containsExactly("countryCode", "phoneNumber");
        assertThat(enrol.field("countryCode").orElseThrow().options()).extracting(Page.Option::text)
                .contains("United Kingdom (+44)", "Germany (+49)");
        assertThat(enrol.displayControls().get(0).actions()).containsExactly("SendCode");

        sendCodeTo(browser, "GB", "07700 900123");
        assertThat(world.texts).hasSize(1);
        Page codePage = browser.page();
        assertThat(codePage.message()).contains("XXX-XXX-0123");
        assertThat(codePage.displayControls().get(0).actions()).containsExactly("SendCode", "VerifyCode");
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode(PHONE)));

        Outcome.Complete complete = browser.complete();
        assertThat(complete.claims()).containsEntry("phone_number", PHONE).containsEntry("name", "Ada Lovelace");
        var user = world.directory.bySignInName("emailAddress", "ada@example.com").orElseThrow();
        assertThat(user.attributes()).containsEntry("strongAuthenticationPhoneNumber", PHONE);
    }

    @Test
    void aWrongCodeIsRefusedOnThePageAndThreeWrongCodesSpendIt() {
        Browser browser = signUp();
        sendCodeTo(browser, "GB", "07700900123");
        String code = world.lastTextedCode(PHONE);
        String wrong = code.equals("000000") ? "111111" : "000000";

        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", wrong));
        assertThat(browser.page().errors()).containsExactly(
                "The verification code you have entered does not match our records. Please try again, or request a new code.");
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", wrong));
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", wrong));
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", code));
        assertThat(browser.page().errors()).containsExactly("That code is expired. Please request a new code.");

        sendCodeTo(browser, "GB", "07700900123");
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode(PHONE)));
        assertThat(browser.complete().claims()).containsEntry("phone_number", PHONE);
    }

    @Test
    void anExpiredCodeIsRefused() {
        Browser browser = signUp();
        sendCodeTo(browser, "GB", "07700900123");
        world.clock.advance(Duration.ofMinutes(6));

        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode(PHONE)));

        assertThat(browser.page().errors()).containsExactly("That code is expired. Please request a new code.");
    }

    @Test
    void anImpossibleNumberOrAMissingCountrySendsNothing() {
        Browser browser = signUp();

        sendCodeTo(browser, "GB", "12");
        assertThat(browser.page().errors()).hasSize(1);
        browser.action("phoneFactor", "SendCode", Map.of("phoneNumber", "07700900123"));
        assertThat(browser.page().errors()).containsExactly("Please select your country code");

        assertThat(world.texts).isEmpty();
    }

    @Test
    void aMessageTheSenderRefusesIsReportedOnThePage() {
        Browser browser = signUp();
        world.smsRefusal = "carrier said no";

        sendCodeTo(browser, "GB", "07700900123");

        assertThat(browser.page().errors()).containsExactly(
                "The phone number you provided is busy or unavailable. Please check the number and try again.");
        assertThat(browser.page().displayControls().get(0).actions()).containsExactly("SendCode");
    }

    @Test
    void signInVerifiesTheStoredNumberWithoutShowingItOrAskingForANewOne() {
        Browser first = signUp();
        sendCodeTo(first, "GB", "07700900123");
        first.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode(PHONE)));
        first.complete();

        Browser browser = browser();
        browser.start(request());
        browser.form(Map.of("signInName", "ada@example.com", "password", PASSWORD));
        Page verify = browser.page();
        assertThat(verify.fields()).extracting(Page.Field::claimType).containsExactly("phoneNumber");
        assertThat(verify.field("phoneNumber").orElseThrow().value()).isEqualTo("XXX-XXX-0123");
        assertThat(verify.field("phoneNumber").orElseThrow().userInputType()).isEqualTo("Readonly");

        browser.action("phoneFactor", "SendCode", Map.of("countryCode", "DE", "phoneNumber", "015112345678"));
        assertThat(world.texts).hasSize(2);
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode(PHONE)));

        assertThat(browser.complete().claims()).containsEntry("phone_number", PHONE);
    }
}
