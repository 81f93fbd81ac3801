package io.trustframe.launcher.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.journey.JourneyEngine;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.journey.JourneyStateJson;
import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Page;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.verify.DevelopmentAccount;
import io.trustframe.verify.VerifyApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-up and step-up journeys against the real verify service (its outbox delivery), not a stub: the enrolment
 * SMS goes through its Messages API, the payment code through its PSD2 Verify service, and the codes are read where a
 * customer would read them, in the outbox. Only the bank's metadata and keys are still {@link EdgeStub}.
 */
class TrustframePoliciesOnVerifyServiceTest {

    /** Spring Security is on the launcher's classpath (the bank); verify runs without it, as the launcher runs it. */
    private static final String NO_SECURITY = String.join(",",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration");
    private static final String PHONE = "+4915112345678";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @TempDir
    static Path dataDir;
    private static ConfigurableApplicationContext verify;
    private static String verifyUrl;
    private static DevelopmentAccount account;

    @BeforeAll
    static void startVerify() {
        verify = VerifyApplication.application().run(VerifyApplication.withConfigName("--server.port=0",
                "--trustframe.data-dir=" + dataDir, "--spring.autoconfigure.exclude=" + NO_SECURITY,
                "--logging.level.root=WARN"));
        verifyUrl = "http://127.0.0.1:" + verify.getEnvironment().getProperty("local.server.port");
        account = verify.getBean(DevelopmentAccount.class);
    }

    @AfterAll
    static void stopVerify() {
        if (verify != null) {
            verify.close();
        }
    }

    @Test
    void signUpAndAStepUpConfirmedWithTheCodeVerifySent() throws Exception {
        try (EdgeStub bank = new EdgeStub()) {
            InMemoryWorld world = new InMemoryWorld(account.accountSid(), account.authToken());
            PolicySet policies = PolicyLoader.load(PolicyTemplates.fill(new PolicyTemplates.Values(
                    "contoso.onmicrosoft.com", verifyUrl, account.psd2ServiceSid(), account.accountSid(), "Trustframe",
                    bank.values().bankMetadataUrl(), EdgeStub.BANK_CLIENT)));
            JourneyEngine engine = new JourneyEngine(world.ports());

            Outcome signUp = engine.start(policies.relyingParty(PolicyTemplates.SIGN_UP_OR_SIGN_IN), request(null, null));
            signUp = resume(engine, policies, PolicyTemplates.SIGN_UP_OR_SIGN_IN, signUp,
                    new Submission.ChooseClaimsExchange("SignUpWithEmail"));
            signUp = resume(engine, policies, PolicyTemplates.SIGN_UP_OR_SIGN_IN, signUp,
                    new Submission.ControlAction("tfPhoneEnrolment", "SendCode", Map.of("phoneNumberToEnrol", PHONE)));
            assertThat(page(signUp).errors()).isEmpty();
            String enrolmentSms = newestSms();
            signUp = resume(engine, policies, PolicyTemplates.SIGN_UP_OR_SIGN_IN, signUp, new Submission.ControlAction(
                    "tfPhoneEnrolment", "VerifyCode", Map.of("phoneNumberToEnrol", PHONE, "smsCode", code(enrolmentSms))));
            signUp = resume(engine, policies, PolicyTemplates.SIGN_UP_OR_SIGN_IN, signUp, new Submission.Form(Map.of(
                    "email", "ada@example.com", "displayName", "Ada", "newPassword", "Correct-horse-7",
                    "reenterPassword", "Correct-horse-7")));
            assertThat(signUp).isInstanceOf(Outcome.Complete.class);
            Outcome.Complete signedIn = (Outcome.Complete) signUp;

            String hint = bank.hint(signedIn.subject(), world.clock.instant(), "EUR 50.00", "John Doe",
                    "DE89370400440532013000");
            Outcome stepUp = engine.start(policies.relyingParty(PolicyTemplates.STEP_UP),
                    request(hint, signedIn.sso().sessionId()));
            stepUp = resume(engine, policies, PolicyTemplates.STEP_UP, stepUp,
                    new Submission.ControlAction("tfPaymentCode", "SendCode", Map.of()));
            assertThat(page(stepUp).errors()).isEmpty();
            String paymentSms = newestSms();
            assertThat(paymentSms).contains("EUR 50.00").contains("John Doe").isNotEqualTo(enrolmentSms);

            stepUp = resume(engine, policies, PolicyTemplates.STEP_UP, stepUp,
                    new Submission.ControlAction("tfPaymentCode", "VerifyCode", Map.of("verificationCode", "000000")));
            assertThat(page(stepUp).errors()).containsExactly(
                    "That code does not confirm this payment. Check the SMS and try again.");
            stepUp = resume(engine, policies, PolicyTemplates.STEP_UP, stepUp, new Submission.ControlAction(
                    "tfPaymentCode", "VerifyCode", Map.of("verificationCode", code(paymentSms))));
            assertThat(page(stepUp).errors()).isEmpty();
            stepUp = resume(engine, policies, PolicyTemplates.STEP_UP, stepUp, new Submission.Form(Map.of()));

            assertThat(stepUp).isInstanceOfSatisfying(Outcome.Complete.class, token -> assertThat(token.claims())
                    .containsEntry("sub", signedIn.subject()).containsEntry("amount", "EUR 50.00")
                    .containsEntry("payee", "John Doe").containsEntry("tfp", PolicyTemplates.STEP_UP));
        }
    }

    private static JourneyRequest request(String hint, String session) {
        return JourneyRequest.of("contoso.onmicrosoft.com", EdgeStub.BANK_CLIENT, "http://localhost:8080/signin-oidc")
                .withIdTokenHint(hint).withSsoSession(session);
    }

    private static Outcome resume(JourneyEngine engine, PolicySet policies, String policyId, Outcome last,
                                  Submission submission) {
        return engine.resume(policies.relyingParty(policyId),
                JourneyStateJson.read(JourneyStateJson.write(last.state())), submission);
    }

    private static Page page(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.ShowPage.class);
        return ((Outcome.ShowPage) outcome).page();
    }

    /** The newest SMS to PHONE in verify's outbox, as a customer (or the demo's inbox page) reads it. */
    private static String newestSms() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                verifyUrl + "/outbox/messages?to=" + URLEncoder.encode(PHONE, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode messages = JsonMapper.builder().build().readTree(response.body());
        return messages.get(0).path("body").stringValue();
    }

    private static String code(String sms) {
        Matcher matcher = CODE.matcher(sms);
        assertThat(matcher.find()).as("a code in %s", sms).isTrue();
        return matcher.group(1);
    }
}
