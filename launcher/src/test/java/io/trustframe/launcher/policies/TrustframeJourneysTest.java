package io.trustframe.launcher.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.trustframe.engine.journey.JourneyEngine;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.journey.JourneyState;
import io.trustframe.engine.journey.JourneyStateJson;
import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Page;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trustframe's own policies run by the engine end to end, as the identity service runs them: every pause goes through
 * the journey state's JSON. Verify, the Messages API and the bank's metadata and keys are {@link EdgeStub} on a local
 * port; the directory and stores are in memory.
 */
class TrustframeJourneysTest {

    private static final String EMAIL = "ada@example.com";
    private static final String PHONE = "+4915112340123";
    /** What the browser sees of PHONE: the enrolledPhoneNumber claim type masks all digits but the last four. */
    private static final String MASKED_PHONE = "+•••••••••0123";

    private EdgeStub edge;
    private InMemoryWorld world;
    private PolicySet policies;
    private JourneyEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        edge = new EdgeStub();
        world = new InMemoryWorld();
        policies = PolicyLoader.load(PolicyTemplates.fill(edge.values()));
        engine = new JourneyEngine(world.ports());
    }

    @AfterEach
    void tearDown() {
        edge.close();
    }

    @Test
    void signUpEnrolsThePhoneWithACodeTheMessagesApiDelivers() {
        Journey signUp = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        Outcome.Complete done = signUp(signUp);

        var user = world.directory.bySignInName("emailAddress", EMAIL).orElseThrow();
        assertThat(user.attributes()).containsEntry("strongAuthenticationPhoneNumber", PHONE)
                .containsEntry("displayName", "Ada Lovelace");
        assertThat(edge.messages).singleElement().satisfies(sms -> {
            assertThat(sms).containsEntry("To", PHONE).containsEntry("From", "+15005550006");
            assertThat(sms.get("Body")).startsWith("Trustframe: ").contains("confirms this phone").contains("Valid 10 min");
        });
        assertThat(done.subject()).isEqualTo(user.objectId());
        assertThat(done.claims()).containsEntry("sub", user.objectId()).containsEntry("email", EMAIL)
                .containsEntry("tfp", PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        assertThat(done.issuer().technicalProfileId()).isEqualTo("Token-Issuer");
    }

    @Test
    void aGermanSignUpSendsTheEnrolmentSmsInGerman() {
        Journey signUp = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signUp.start(request().withAcceptLanguage("de-DE"));
        signUp.submit(new Submission.ChooseClaimsExchange("SignUpWithEmail"));
        assertThat(signUp.page().localizedStrings()).containsEntry("UxElement::heading", "Konto eröffnen");
        signUp.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", PHONE));

        assertThat(edge.messages).singleElement().satisfies(sms -> assertThat(sms.get("Body"))
                .startsWith("Trustframe: ").contains("bestätigt dieses Telefon").contains("Gültig 10 Min."));
    }

    @Test
    void aWrongEnrolmentCodeKeepsTheCustomerOnThePageAndCreatesNoAccount() {
        Journey signUp = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signUp.start(request());
        signUp.submit(new Submission.ChooseClaimsExchange("SignUpWithEmail"));
        signUp.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", PHONE));
        signUp.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", PHONE, "smsCode", "000000"));

        assertThat(signUp.page().errors()).containsExactly("That is not the code we sent. Check the SMS and try again.");
        signUp.form(signUpForm());
        assertThat(signUp.page().errors()).isNotEmpty();
        assertThat(world.directory.size()).isZero();
    }

    @Test
    void afterFiveWrongEnrolmentCodesEvenTheRightOneIsRefused() {
        Journey signUp = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signUp.start(request());
        signUp.submit(new Submission.ChooseClaimsExchange("SignUpWithEmail"));
        signUp.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", PHONE));
        String code = edge.lastMessageCode();
        for (int attempt = 0; attempt < 5; attempt++) {
            signUp.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", PHONE, "smsCode", "000000"));
        }

        signUp.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", PHONE, "smsCode", code));

        assertThat(signUp.page().errors()).containsExactly("Too many wrong codes. Wait ten minutes, then ask for a new one.");
        assertThat(signUp.page().displayControls().get(0).verified()).isFalse();
    }

    @Test
    void aSecondSignUpWithTheSameEmailIsToldToSignIn() {
        signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));

        Journey again = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        again.start(request());
        again.submit(new Submission.ChooseClaimsExchange("SignUpWithEmail"));
        again.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", "+4915112340999"));
        again.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", "+4915112340999",
                "smsCode", edge.lastMessageCode()));
        again.form(signUpForm());

        assertThat(again.page().errors()).containsExactly(
                "There is already an account for this email address. Sign in instead.");
        assertThat(world.directory.size()).isOne();
    }

    @Test
    void anAccountWithoutAPhoneEnrolsOneAtSignIn() {
        String objectId = world.directory.write(null, Map.of("signInNames.emailAddress", "grace@example.com",
                "password", "Pre-enrolled-1", "displayName", "Grace Hopper")).objectId();

        Journey signIn = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signIn.start(request());
        signIn.form(Map.of("email", "grace@example.com", "password", "Pre-enrolled-1"));
        assertThat(signIn.page().contentDefinitionId()).isEqualTo("tf.page.enrolphone");
        signIn.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", "+4917012345678"));
        signIn.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", "+4917012345678",
                "smsCode", edge.lastMessageCode()));
        signIn.form(Map.of());

        assertThat(signIn.complete().subject()).isEqualTo(objectId);
        assertThat(world.directory.byObjectId(objectId).orElseThrow().attributes())
                .containsEntry("strongAuthenticationPhoneNumber", "+4917012345678");
    }

    @Test
    void aReturningCustomerSignsInWithEmailAndPassword() {
        String objectId = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN)).subject();

        Journey signIn = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signIn.start(request());
        assertThat(signIn.page().contentDefinitionId()).isEqualTo("tf.page.signin");
        signIn.form(Map.of("email", EMAIL, "password", "wrong-password-1"));
        assertThat(signIn.page().errors()).containsExactly("Email address or password is not right.");
        signIn.form(Map.of("email", EMAIL, "password", "Correct-horse-7"));

        assertThat(signIn.complete().subject()).isEqualTo(objectId);
    }

    @Test
    void stepUpSkipsThePasswordShowsThePaymentAndReturnsItsTerms() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));
        String hint = edge.hint(signedIn.subject(), world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000");

        Journey stepUp = journey(PolicyTemplates.STEP_UP);
        stepUp.start(request().withIdTokenHint(hint).withSsoSession(signedIn.sso().sessionId()));

        Page page = stepUp.page();
        assertThat(page.contentDefinitionId()).isEqualTo("tf.page.payment");
        assertThat(page.field("amount")).get().extracting(Page.Field::value).isEqualTo("EUR 50.00");
        assertThat(page.field("payee")).get().extracting(Page.Field::value).isEqualTo("John Doe");
        assertThat(page.field("accountnumber")).get().extracting(Page.Field::value).isEqualTo("DE89370400440532013000");
        assertThat(page.displayControls()).singleElement().satisfies(control -> {
            assertThat(control.id()).isEqualTo("tfPaymentCode");
            assertThat(control.fields().get(0).value()).isEqualTo(MASKED_PHONE);
        });

        stepUp.action("tfPaymentCode", "SendCode", Map.of());
        assertThat(edge.verifications).singleElement().satisfies(v -> assertThat(v).containsEntry("To", PHONE)
                .containsEntry("Channel", "sms").containsEntry("Amount", "EUR 50.00").containsEntry("Payee", "John Doe")
                .containsEntry("Locale", "en"));

        stepUp.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", "111111"));
        assertThat(stepUp.page().errors()).containsExactly(
                "That code does not confirm this payment. Check the SMS and try again.");

        stepUp.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", edge.verifySms.get(0).get("code")));
        assertThat(stepUp.page().errors()).isEmpty();
        stepUp.form(Map.of("amount", "EUR 5000.00", "payee", "Mallory"));

        Outcome.Complete done = stepUp.complete();
        assertThat(done.subject()).isEqualTo(signedIn.subject());
        assertThat(done.claims()).containsEntry("amount", "EUR 50.00").containsEntry("payee", "John Doe")
                .containsEntry("accountnumber", "DE89370400440532013000")
                .containsEntry("tfp", PolicyTemplates.STEP_UP);
        assertThat(edge.checks).last().satisfies(c -> assertThat(c).containsEntry("Amount", "EUR 50.00")
                .containsEntry("Payee", "John Doe").containsEntry("To", PHONE));
    }

    @Test
    void aCodeSentForOnePaymentDoesNotConfirmAnother() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));
        Journey first = journey(PolicyTemplates.STEP_UP);
        first.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(
                edge.hint(signedIn.subject(), world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000")));
        first.action("tfPaymentCode", "SendCode", Map.of());
        String code = edge.verifySms.get(0).get("code");

        Journey second = journey(PolicyTemplates.STEP_UP);
        second.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(
                edge.hint(signedIn.subject(), world.clock.instant(), "EUR 5000.00", "Mallory", "DE02120300000000202051")));
        second.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", code));

        assertThat(second.page().errors()).containsExactly(
                "That code does not confirm this payment. Check the SMS and try again.");
        assertThat(second.page().displayControls().get(0).verified()).isFalse();
        second.form(Map.of());
        assertThat(second.last).isInstanceOf(Outcome.ShowPage.class);
    }

    @Test
    void theStepUpSpeaksGermanToAGermanCustomerAndAsksVerifyForAGermanSms() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));
        JourneyRequest german = new JourneyRequest("contoso.onmicrosoft.com", EdgeStub.BANK_CLIENT,
                "http://localhost:8080/payments/step-up", "n-1", "openid", "code", "de-DE", null, null, null,
                edge.hint(signedIn.subject(), world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000"),
                null, null, Map.of(), null, signedIn.sso().sessionId());

        Journey stepUp = journey(PolicyTemplates.STEP_UP);
        stepUp.start(german);
        assertThat(stepUp.page().localizedStrings()).containsEntry("ClaimType:payee:DisplayName", "Empfänger");
        stepUp.action("tfPaymentCode", "SendCode", Map.of());
        stepUp.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", "111111"));

        assertThat(edge.verifications.get(0)).containsEntry("Locale", "de");
        assertThat(stepUp.page().errors()).containsExactly(
                "Dieser Code bestätigt diese Zahlung nicht. Prüfen Sie die SMS und versuchen Sie es erneut.");
    }

    @Test
    void aCheckVerifyRefusesIsExplainedInThePagesLanguage() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));
        String hint = edge.hint(signedIn.subject(), world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000");

        Journey english = journey(PolicyTemplates.STEP_UP);
        english.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(hint));
        english.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", "111111"));
        Journey german = journey(PolicyTemplates.STEP_UP);
        german.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(hint).withAcceptLanguage("de"));
        german.action("tfPaymentCode", "VerifyCode", Map.of("verificationCode", "111111"));

        // No verification was started, so Verify answers 20404: the page's DefaultUserMessageIfRequestFailed.
        assertThat(english.page().errors()).singleElement().asString().startsWith("No code can be sent or checked now");
        assertThat(german.page().errors()).singleElement().asString()
                .startsWith("Gerade kann kein Code gesendet oder geprüft werden");
    }

    @Test
    void aHintForAnotherCustomerEndsTheStepUp() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));

        Journey stepUp = journey(PolicyTemplates.STEP_UP);
        stepUp.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(
                edge.hint("someone-else", world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000")));

        assertThat(stepUp.last).isInstanceOfSatisfying(Outcome.Fail.class, fail -> assertThat(fail.userMessage())
                .isEqualTo("This payment belongs to another customer. Go back to your bank and start it again."));
        assertThat(edge.verifications).isEmpty();
    }

    @Test
    void aHintNotSignedByTheBankEndsTheStepUp() throws Exception {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));
        String forged = edge.hint(new RSAKeyGenerator(2048).keyID("bank-hint-key").generate(), signedIn.subject(),
                world.clock.instant(), "EUR 50.00", "Mallory", "DE02120300000000202051");

        Journey stepUp = journey(PolicyTemplates.STEP_UP);
        stepUp.start(request().withSsoSession(signedIn.sso().sessionId()).withIdTokenHint(forged));

        assertThat(stepUp.last).isInstanceOfSatisfying(Outcome.Fail.class,
                fail -> assertThat(fail.error().code()).isEqualTo("AADB2C90208"));
    }

    @Test
    void withoutASessionTheStepUpAsksForThePasswordFirst() throws Exception {
        String objectId = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN)).subject();

        Journey stepUp = journey(PolicyTemplates.STEP_UP);
        stepUp.start(request().withIdTokenHint(
                edge.hint(objectId, world.clock.instant(), "EUR 50.00", "John Doe", "DE89370400440532013000")));
        assertThat(stepUp.page().contentDefinitionId()).isEqualTo("tf.page.signin");
        stepUp.form(Map.of("email", EMAIL, "password", "Correct-horse-7"));

        assertThat(stepUp.page().contentDefinitionId()).isEqualTo("tf.page.payment");
    }

    @Test
    void passwordResetProvesThePhoneOnTheAccountThenStoresTheNewPassword() {
        signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));

        Journey reset = journey(PolicyTemplates.PASSWORD_RESET);
        reset.start(request());
        reset.form(Map.of("email", EMAIL));
        assertThat(reset.page().displayControls()).singleElement()
                .satisfies(c -> assertThat(c.fields().get(0).value()).isEqualTo(MASKED_PHONE));
        reset.action("tfResetPhoneCheck", "SendCode", Map.of());
        assertThat(edge.messages).last().satisfies(sms -> assertThat(sms).containsEntry("To", PHONE)
                .hasEntrySatisfying("Body", body -> assertThat(body).contains("lets you choose a new password")));
        reset.action("tfResetPhoneCheck", "VerifyCode", Map.of("smsCode", edge.lastMessageCode()));
        reset.form(Map.of("newPassword", "Brand-new-pass-9", "reenterPassword", "Brand-new-pass-9"));
        reset.complete();

        Journey signIn = journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN);
        signIn.start(request());
        signIn.form(Map.of("email", EMAIL, "password", "Brand-new-pass-9"));
        signIn.complete();
    }

    @Test
    void profileEditInTheSessionChangesTheNameWithoutAPassword() {
        Outcome.Complete signedIn = signUp(journey(PolicyTemplates.SIGN_UP_OR_SIGN_IN));

        Journey edit = journey(PolicyTemplates.PROFILE_EDIT);
        edit.start(request().withSsoSession(signedIn.sso().sessionId()));
        assertThat(edit.page().field("displayName")).get().extracting(Page.Field::value).isEqualTo("Ada Lovelace");
        edit.form(Map.of("displayName", "Ada King"));

        assertThat(edit.complete().claims()).containsEntry("name", "Ada King");
        assertThat(world.directory.byObjectId(signedIn.subject()).orElseThrow().attributes())
                .containsEntry("displayName", "Ada King");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static JourneyRequest request() {
        return JourneyRequest.of("contoso.onmicrosoft.com", EdgeStub.BANK_CLIENT, "http://localhost:8080/signin-oidc");
    }

    private static Map<String, String> signUpForm() {
        return Map.of("email", EMAIL, "displayName", "Ada Lovelace", "newPassword", "Correct-horse-7",
                "reenterPassword", "Correct-horse-7");
    }

    /** Sign-up with phone enrolment; answers the completed journey (its SSO session signs the customer in). */
    private Outcome.Complete signUp(Journey signUp) {
        signUp.start(request());
        assertThat(signUp.page().choices()).extracting(Page.Choice::claimsExchangeId).contains("SignUpWithEmail");
        signUp.submit(new Submission.ChooseClaimsExchange("SignUpWithEmail"));
        assertThat(signUp.page().displayControls()).extracting(Page.Control::id).containsExactly("tfPhoneEnrolment");
        signUp.action("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", PHONE));
        assertThat(signUp.page().errors()).isEmpty();
        signUp.action("tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", PHONE, "smsCode", edge.lastMessageCode()));
        assertThat(signUp.page().errors()).isEmpty();
        signUp.form(signUpForm());
        return signUp.complete();
    }

    private Journey journey(String policyId) {
        return new Journey(policyId);
    }

    /** One browser tab in one journey; each resume starts from the JSON of the last state. */
    private final class Journey {
        private final String policyId;
        Outcome last;

        Journey(String policyId) {
            this.policyId = policyId;
        }

        void start(JourneyRequest request) {
            last = engine.start(policies.relyingParty(policyId), request);
        }

        void submit(Submission submission) {
            JourneyState state = JourneyStateJson.read(JourneyStateJson.write(last.state()));
            last = engine.resume(policies.relyingParty(policyId), state, submission);
        }

        void form(Map<String, String> fields) {
            submit(new Submission.Form(fields));
        }

        void action(String control, String action, Map<String, String> fields) {
            submit(new Submission.ControlAction(control, action, fields));
        }

        Page page() {
            assertThat(last).as("outcome of %s", policyId).isInstanceOf(Outcome.ShowPage.class);
            return ((Outcome.ShowPage) last).page();
        }

        Outcome.Complete complete() {
            assertThat(last).as("outcome of %s", policyId).isInstanceOf(Outcome.Complete.class);
            return (Outcome.Complete) last;
        }
    }
}
