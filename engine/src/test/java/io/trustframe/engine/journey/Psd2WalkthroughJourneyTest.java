package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicySet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Twilio Verify PSD2 walkthrough's policies on the SocialAndLocalAccountsWithMfa starter pack, with the
 * walkthrough's edits applied in memory and Twilio and the bank replaced by a local stub: sign-up with phone enrolment
 * by SMS, then the step-up journey (id_token_hint checked against the bank's JWKS, Verify with amount and payee, the
 * password step skipped by the first journey's SSO session).
 */
class Psd2WalkthroughJourneyTest {

    private TwilioAndBankStub stub;
    private TestPorts world;
    private PolicySet policies;
    private JourneyEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        CorpusPolicies.root();
        stub = new TwilioAndBankStub();
        policies = CorpusPolicies.load(List.of("starterpack/SocialAndLocalAccountsWithMfa",
                "twilio-verify-psd2/SignUpSignIn", "twilio-verify-psd2/StepUpPSD2"), stub.edits());
        world = new TestPorts();
        world.secret("B2C_1A_B2cRestTwilioClientId", ACCOUNT_USER);
        world.secret("B2C_1A_B2cRestTwilioClientSecret", "s3cret");
        engine = new JourneyEngine(world.ports());
    }

    private static final String ACCOUNT_USER = TwilioAndBankStub.ACCOUNT;

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    private static JourneyRequest request() {
        return JourneyRequest.of("contoso.onmicrosoft.com", "bank", "https://bank.example/signin-oidc");
    }

    /** Sign-up with email and password, then phone enrolment by SMS; answers the completed journey. */
    private Outcome.Complete signUpWithPhone(Browser browser) {
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");
        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "Ada Lovelace", "givenName", "Ada", "surname", "Lovelace"));

        Page enrol = browser.page();
        assertThat(enrol.displayControls()).extracting(Page.Control::id).containsExactly("phoneVerificationControl");
        Map<String, String> phone = Map.of("countryCode", "US", "strongAuthenticationPhoneNumber", "2025550123");
        browser.action("phoneVerificationControl", "SendCode", phone);
        assertThat(browser.page().errors()).isEmpty();
        assertThat(stub.messages).hasSize(1);
        assertThat(stub.messages.get(0)).containsEntry("To", "+12025550123").containsEntry("From", "+15005550006");
        String code = TwilioAndBankStub.codesIn(stub.messages).get(0);

        browser.action("phoneVerificationControl", "VerifyCode", Map.of("countryCode", "US",
                "strongAuthenticationPhoneNumber", "2025550123", "verificationCode", code));
        assertThat(browser.page().errors()).isEmpty();
        assertThat(browser.page().displayControls().get(0).verified()).isTrue();
        browser.form(Map.of());
        return browser.complete();
    }

    @Test
    void signUpEnrolsAPhoneVerifiedBySmsThroughTheMessagesApi() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        Outcome.Complete complete = signUpWithPhone(browser);

        var user = world.directory.bySignInName("emailAddress", "ada@example.com").orElseThrow();
        assertThat(user.attributes()).containsEntry("strongAuthenticationPhoneNumber", "+12025550123");
        assertThat(complete.subject()).isEqualTo(user.objectId());
        assertThat(stub.authorizations).allMatch(a -> a.startsWith("Basic "));
        assertThat(stub.messages.get(0).get("Body")).startsWith("Welcome to Contoso - Verify your email with this code: ");
    }

    @Test
    void theTokensTenantIdIsTheTenantsObjectIdAsB2cResolvesPolicyTenantObjectId() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        String tenantObjectId = "3f1c6a7e-52b4-4f0a-9d1e-6b2f0c8a7d45";
        browser.start(request().withTenantObjectId(tenantObjectId));
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");
        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "Ada"));
        browser.action("phoneVerificationControl", "SendCode",
                Map.of("countryCode", "US", "strongAuthenticationPhoneNumber", "2025550123"));
        browser.action("phoneVerificationControl", "VerifyCode", Map.of("countryCode", "US",
                "strongAuthenticationPhoneNumber", "2025550123",
                "verificationCode", TwilioAndBankStub.codesIn(stub.messages).get(0)));
        browser.form(Map.of());

        // The claim type tenantId goes out as tid (its DefaultPartnerClaimTypes for OpenIdConnect).
        assertThat(browser.complete().claims()).containsEntry("tid", tenantObjectId);
    }

    @Test
    void aWrongEnrolmentCodeKeepsTheUserOnThePage() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");
        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "Ada"));
        Map<String, String> phone = Map.of("countryCode", "US", "strongAuthenticationPhoneNumber", "2025550123");
        browser.action("phoneVerificationControl", "SendCode", phone);

        browser.action("phoneVerificationControl", "VerifyCode", Map.of("countryCode", "US",
                "strongAuthenticationPhoneNumber", "2025550123", "verificationCode", "0000"));
        assertThat(browser.page().errors()).containsExactly("You have entered the wrong code.");

        browser.form(Map.of());
        assertThat(browser.page().errors()).isNotEmpty();
    }

    @Test
    void anEnrolmentCodePastItsLifetimeIsRefused() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");
        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "Ada"));
        Map<String, String> phone = Map.of("countryCode", "US", "strongAuthenticationPhoneNumber", "2025550123");
        browser.action("phoneVerificationControl", "SendCode", phone);
        String code = TwilioAndBankStub.codesIn(stub.messages).get(0);

        // GenerateOtp's CodeExpirationInSeconds is 1200.
        world.clock.advance(Duration.ofSeconds(1201));
        browser.action("phoneVerificationControl", "VerifyCode", Map.of("countryCode", "US",
                "strongAuthenticationPhoneNumber", "2025550123", "verificationCode", code));

        assertThat(browser.page().errors()).containsExactly("You have exceed the maximum time allowed.");
    }

    @Test
    void aCodeForAnotherAmountIsNotApprovedByVerify() throws Exception {
        Outcome.Complete first = signUpWithPhone(new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI")));
        Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
        stepUp.start(request().withIdTokenHint(stub.hint(world.clock.instant(), 300, "50.00", "John Doe"))
                .withSsoSession(first.sso().sessionId()));
        stepUp.action("phoneVerificationControl-ReadOnly", "SendCode", Map.of());

        Browser other = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
        other.start(request().withIdTokenHint(stub.hint(world.clock.instant(), 300, "5000.00", "Mallory"))
                .withSsoSession(first.sso().sessionId()));
        other.action("phoneVerificationControl-ReadOnly", "VerifyCode", Map.of("verificationCode", stub.verifyCode));

        assertThat(other.page().errors()).containsExactly("Incorrect verification code. Try again.");
        assertThat(other.page().displayControls().get(0).verified()).isFalse();
    }

    @Test
    void stepUpChecksTheHintSkipsThePasswordAndBindsTheCodeToAmountAndPayee() throws Exception {
        Browser signUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        Outcome.Complete first = signUpWithPhone(signUp);

        String hint = stub.hint(world.clock.instant(), 300, "50.00", "John Doe");
        Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
        stepUp.start(request().withIdTokenHint(hint).withSsoSession(first.sso().sessionId()));

        Page verify = stepUp.page();
        assertThat(verify.fields()).isEmpty();
        assertThat(verify.displayControls()).singleElement().satisfies(control -> {
            assertThat(control.id()).isEqualToIgnoringCase("phoneVerificationControl-readOnly");
            assertThat(control.fields().get(0).value()).isEqualTo("XXX-XXX-0123");
        });

        stepUp.action("phoneVerificationControl-ReadOnly", "SendCode", Map.of());
        assertThat(stub.verifications).singleElement().satisfies(v -> assertThat(v)
                .containsEntry("To", "+12025550123").containsEntry("Channel", "sms")
                .containsEntry("Amount", "50.00").containsEntry("Payee", "John Doe"));

        stepUp.action("phoneVerificationControl-ReadOnly", "VerifyCode", Map.of("verificationCode", "000000"));
        assertThat(stepUp.page().errors()).containsExactly("Incorrect verification code. Try again.");

        stepUp.action("phoneVerificationControl-ReadOnly", "VerifyCode", Map.of("verificationCode", stub.verifyCode));
        assertThat(stepUp.page().errors()).isEmpty();
        stepUp.form(Map.of());

        Outcome.Complete complete = stepUp.complete();
        assertThat(complete.subject()).isEqualTo(first.subject());
        assertThat(complete.claims()).containsEntry("amount", "50.00").containsEntry("payee", "John Doe");
    }

    @Test
    void aSignInWithAnEnrolledPhoneSkipsEnrolmentAndItsSessionServesTheStepUp() throws Exception {
        String objectId = signUpWithPhone(new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"))).subject();
        int smsBefore = stub.messages.size();

        Browser signIn = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI"));
        signIn.start(request());
        signIn.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        Outcome.Complete signedIn = signIn.complete();
        assertThat(signedIn.subject()).isEqualTo(objectId);
        assertThat(stub.messages).hasSize(smsBefore);

        Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
        stepUp.start(request().withIdTokenHint(stub.hint(world.clock.instant(), 300, "12.34", "Jane Roe"))
                .withSsoSession(signedIn.sso().sessionId()));
        // The phone number was read after the sign-in step and still reached the session.
        assertThat(stepUp.page().displayControls().get(0).fields().get(0).value()).isEqualTo("XXX-XXX-0123");
        stepUp.action("phoneVerificationControl-ReadOnly", "SendCode", Map.of());
        stepUp.action("phoneVerificationControl-ReadOnly", "VerifyCode", Map.of("verificationCode", stub.verifyCode));
        stepUp.form(Map.of());

        assertThat(stepUp.complete().subject()).isEqualTo(objectId);
        assertThat(stepUp.complete().claims()).containsEntry("amount", "12.34").containsEntry("payee", "Jane Roe");
    }

    @Test
    void aStepUpWithoutASessionAsksForThePassword() throws Exception {
        signUpWithPhone(new Browser(engine, policies.relyingParty("B2C_1A_PSD2_SUSI")));
        Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));

        stepUp.start(request().withIdTokenHint(stub.hint(world.clock.instant(), 300, "50.00", "John Doe")));

        assertThat(stepUp.page().fields()).extracting(Page.Field::claimType).contains("signInName", "password");
    }

    @Test
    void anExpiredHintFailsTheStepUp() throws Exception {
        String hint = stub.hint(world.clock.instant().minus(Duration.ofMinutes(10)), 300, "50.00", "John Doe");
        Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
        stepUp.start(request().withIdTokenHint(hint));

        assertThat(stepUp.failure().error().code()).isEqualTo("AADB2C90208");
    }

    @Test
    void aHintSignedByAnotherKeyFailsTheStepUp() throws Exception {
        TwilioAndBankStub other = new TwilioAndBankStub();
        try {
            String forged = other.hint(world.clock.instant(), 300, "5000.00", "Mallory");
            Browser stepUp = new Browser(engine, policies.relyingParty("B2C_1A_PSD2_StepUp"));
            stepUp.start(request().withIdTokenHint(forged));

            assertThat(stepUp.failure().error().code()).isEqualTo("AADB2C90208");
        } finally {
            other.close();
        }
    }
}
