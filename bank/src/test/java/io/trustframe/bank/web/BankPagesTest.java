package io.trustframe.bank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.trustframe.bank.FakeIdentity;
import io.trustframe.bank.payments.Money;
import io.trustframe.bank.payments.PaymentState;
import io.trustframe.bank.payments.PaymentStore;

/**
 * The bank's pages and its side of sign-in and step-up, with Spring Security's test login standing in for a real
 * sign-in (impossible until the identity service exists) and a stand-in identity service for metadata, keys and
 * code redemption.
 */
@SpringBootTest(args = "--spring.config.name=bank")
@AutoConfigureMockMvc
class BankPagesTest {

    private static final FakeIdentity IDENTITY;

    static {
        try {
            IDENTITY = new FakeIdentity();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String STEP_UP_REDIRECT = "http://localhost:8080/payments/step-up";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("bank-pages").toString();
        registry.add("trustframe.data-dir", () -> data);
        registry.add("trustframe.bank.aad-instance", IDENTITY::aadInstance);
        registry.add("trustframe.bank.client-id", () -> FakeIdentity.CLIENT_ID);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentStore payments;

    @Autowired
    ClientRegistrationRepository registrations;

    private static OidcLoginRequestPostProcessor signedIn(String subject) {
        return oidcLogin().idToken(token -> token.subject(subject).claim("name", "Alice Example"));
    }

    private static Map<String, String> query(String location) {
        return Stream.of(URI.create(location).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void signInGoesToTheSignInPolicyOfTheIdentityService() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(redirectedUrl("/oauth2/authorization/sign-in"));

        String location = mvc.perform(get("/oauth2/authorization/sign-in")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith(IDENTITY.metadataUrl("B2C_1A_PSD2_SUSI").toString()
                .replace("/v2.0/.well-known/openid-configuration", "/oauth2/v2.0/authorize?"));
        Map<String, String> parameters = query(location);
        assertThat(parameters).containsEntry("client_id", FakeIdentity.CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:8080/signin-oidc")
                .containsEntry("response_type", "code")
                // the app's own id as a scope: B2C then returns the access token Spring Security's client needs
                .containsEntry("scope", "openid " + FakeIdentity.CLIENT_ID)
                .containsKeys("state", "nonce");
    }

    @Test
    void aSignInResponseFromTheSignInPolicySignsTheCustomerIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Map<String, String> request = query(mvc.perform(get("/oauth2/authorization/sign-in").session(session))
                .andReturn().getResponse().getRedirectedUrl());
        IDENTITY.answerNextCodeWith(IDENTITY.token("B2C_1A_PSD2_SUSI", "real-sign-in-customer", Instant.now(),
                claims -> claims.claim("nonce", request.get("nonce")).claim("name", "Rita Real")));
        int redemptions = IDENTITY.tokenRequests().size();

        mvc.perform(get("/signin-oidc").session(session).param("code", "sign-in-code")
                        .param("state", request.get("state")))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rita Real")));
        String redemption = IDENTITY.tokenRequests().get(redemptions);
        assertThat(redemption).contains("grant_type=authorization_code", "code=sign-in-code",
                "client_id=" + FakeIdentity.CLIENT_ID, "client_secret=demo-bank-secret");
    }

    @Test
    void theAccountShowsBalanceIbanAndTheWayToProfileAndPassword() throws Exception {
        mvc.perform(get("/account").with(signedIn("account-owner")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Alice Example"),
                        containsString("EUR 2500.00"),
                        containsString("DE"),
                        containsString("/oauth2/authorization/profile-edit"),
                        containsString("/oauth2/authorization/password-reset"),
                        containsString("You have not sent any payments yet."))));
    }

    @Test
    void aFormWithMistakesNamesEachOneAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/payments").with(signedIn("typo-customer")).with(csrf())
                        .param("payee", "John Doe").param("account", "DE89370400440532013001")
                        .param("amount", "12.345").param("currency", "EUR").param("reference", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("href=\"#account\""),
                        containsString("check digits do not match"),
                        containsString("href=\"#amount\""),
                        containsString("at most two decimals"),
                        not(containsString("href=\"#payee\"")),
                        containsString("value=\"John Doe\""),
                        containsString("aria-invalid=\"true\""))));

        assertThat(payments.history("typo-customer", 10)).isEmpty();
    }

    @Test
    void aPaymentWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/payments").with(signedIn("csrf-customer"))
                        .param("payee", "John Doe").param("account", "DE89370400440532013000")
                        .param("amount", "50").param("currency", "EUR"))
                .andExpect(status().isForbidden());

        assertThat(payments.history("csrf-customer", 10)).isEmpty();
    }

    @Test
    void sendingMoneyStoresItPendingAndStepsUpWithAHintForExactlyThatPayment() throws Exception {
        MockHttpSession session = new MockHttpSession();

        String location = send(session, "hint-customer", "50");

        assertThat(location).startsWith(IDENTITY.metadataUrl("B2C_1A_PSD2_StepUp").toString()
                .replace("/v2.0/.well-known/openid-configuration", "/oauth2/v2.0/authorize?"));
        Map<String, String> parameters = query(location);
        assertThat(parameters).containsEntry("redirect_uri", STEP_UP_REDIRECT).containsKey("id_token_hint");
        JWTClaimsSet hint = verifiedWithTheBanksKeys(parameters.get("id_token_hint"));
        var payment = payments.history("hint-customer", 1).get(0);
        assertThat(payment.state()).isEqualTo(PaymentState.PENDING);
        assertThat(hint.getJWTID()).isEqualTo(payment.id());
        assertThat(hint.getSubject()).isEqualTo("hint-customer");
        assertThat(hint.getAudience()).containsExactly(FakeIdentity.CLIENT_ID);
        assertThat(hint.getStringClaim("amount")).isEqualTo("EUR 50.00");
        assertThat(hint.getStringClaim("payee")).isEqualTo("John Doe");
        assertThat(hint.getStringClaim("accountnumber")).isEqualTo("DE89370400440532013000");
        assertThat(hint.getExpirationTime().toInstant()).isBefore(Instant.now().plusSeconds(6 * 60));
    }

    @Test
    void aConfirmedStepUpShowsTheTokensValuesAndPaysOnceHoweverOftenConfirmed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "happy-customer";
        String paymentId = stepUp(session, customer, claims -> { });

        // The authorised terms live with the payment, not in the session: another node or session shows them too.
        String confirm = mvc.perform(get("/payments/" + paymentId + "/confirm").with(signedIn(customer))
                        .session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("EUR 50.00", "John Doe", "DE89 3704 0044 0532 0130 00", "Confirm and send");

        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(post("/payments/" + paymentId + "/execute").with(signedIn(customer)).with(csrf()).session(session))
                    .andExpect(redirectedUrl("/payments/" + paymentId));
        }
        mvc.perform(get("/payments/" + paymentId).with(signedIn(customer)).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Payment sent")));
        assertThat(payments.account(customer).orElseThrow().balance()).isEqualTo(Money.of("2450.00", "EUR"));
    }

    @Test
    void aStepUpTokenWithAnotherAmountEndsOnARefusalAndNeverPays() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "tampered-customer";

        String paymentId = stepUpExpectingRefusal(session, customer, claims -> claims.claim("amount", "EUR 5.00"),
                "do not match this payment");

        mvc.perform(post("/payments/" + paymentId + "/execute").with(signedIn(customer)).with(csrf()).session(session))
                .andExpect(status().isForbidden());
        assertThat(payments.find(paymentId).orElseThrow().state()).isEqualTo(PaymentState.REFUSED);
        assertThat(payments.account(customer).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @Test
    void aPaymentThatWasNotConfirmedWithACodeIsNotPaid() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "impatient-customer";
        send(session, customer, "50");
        String paymentId = payments.history(customer, 1).get(0).id();

        mvc.perform(post("/payments/" + paymentId + "/execute").with(signedIn(customer)).with(csrf()).session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("has not been confirmed with a code yet")));
        mvc.perform(get("/payments/" + paymentId + "/confirm").with(signedIn(customer)).session(session))
                .andExpect(redirectedUrl("/payments/" + paymentId));
        assertThat(payments.account(customer).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @Test
    void anotherCustomersPaymentCannotBeSeenOrPaid() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String paymentId = stepUp(session, "owner-customer", claims -> { });

        mvc.perform(get("/payments/" + paymentId).with(signedIn("nosy-customer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/payments/" + paymentId + "/execute").with(signedIn("nosy-customer")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("There is no such payment on your account.")));
        assertThat(payments.find(paymentId).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
    }

    @Test
    void cancellingTheStepUpLeavesThePaymentWaitingToBeConfirmed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "cancelling-customer";
        Map<String, String> request = query(send(session, customer, "50"));
        String paymentId = payments.history(customer, 1).get(0).id();

        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("state", request.get("state")).param("error", "access_denied")
                        .param("error_description", "AADB2C90091: The user has cancelled entering self-asserted information."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("was not confirmed with a code"),
                        containsString("/payments/" + paymentId + "/step-up"))));
        assertThat(payments.find(paymentId).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
    }

    @Test
    void aStepUpTheIdentityServiceRefusedIsARefusalNamingItsCodeAndThePaymentWaits() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "refused-hint-customer";
        Map<String, String> request = query(send(session, customer, "50"));
        String paymentId = payments.history(customer, 1).get(0).id();

        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("state", request.get("state")).param("error", "access_denied")
                        .param("error_description", "AADB2C90208: The provided id_token_hint parameter is expired."
                                + " <script>alert('x')</script> Call +1 555 0100 to unblock your account."))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Confirmation refused"),
                        containsString("The sign-in service refused the confirmation request"),
                        containsString("AADB2C90208"), containsString("could not verify the payment details"),
                        containsString("The payment was not executed. Nothing has been paid."),
                        containsString("/payments/" + paymentId + "/step-up"),
                        not(containsString("id_token_hint parameter")), not(containsString("<script>")),
                        not(containsString("alert(")), not(containsString("555 0100")),
                        not(containsString("was not confirmed with a code")))));
        assertThat(payments.find(paymentId).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
        assertThat(payments.account(customer).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @Test
    void anErrorWithoutAnAadb2cCodeIsRefusedInTheBanksOwnWordsOnly() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "odd-error-customer";
        Map<String, String> request = query(send(session, customer, "50"));

        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("state", request.get("state")).param("error", "access_denied")
                        .param("error_description", "AADB2C9020<b>8</b> Your account is blocked, call us"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("The sign-in service refused the confirmation request."),
                        not(containsString("refusal-code")), not(containsString("<b>8")),
                        not(containsString("account is blocked")))));
    }

    @Test
    void aCodeTheIdentityServiceRefusesToRedeemIsAnUnverifiedConfirmationNotAnOutage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String customer = "refused-code-customer";
        Map<String, String> request = query(send(session, customer, "50"));
        String paymentId = payments.history(customer, 1).get(0).id();
        IDENTITY.refuseNextCode("AADB2C90088: The provided grant has not been issued for this endpoint.");

        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("code", "a-sign-in-code").param("state", request.get("state")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("could not be verified"),
                        containsString("Nothing has been paid."), not(containsString("could not be reached")))));
        assertThat(payments.find(paymentId).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
        assertThat(payments.find(paymentId).orElseThrow().steppedUpAt()).isEmpty();
        assertThat(payments.account(customer).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @Test
    void aStepUpReturnThatTheBankDidNotStartIsRefused() throws Exception {
        mvc.perform(get("/payments/step-up").with(signedIn("stranger")).param("code", "c").param("state", "forged"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Nothing has been paid.")));
    }

    @Test
    void forgotPasswordAtSignInStartsThePasswordResetPolicy() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String location = mvc.perform(get("/oauth2/authorization/sign-in").session(session))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get("/signin-oidc").session(session).param("state", query(location).get("state"))
                        .param("error", "access_denied")
                        .param("error_description", "AADB2C90118: The user has forgotten their password."))
                .andExpect(redirectedUrl("/oauth2/authorization/password-reset"));
    }

    @Test
    void aFailedSignInSaysSoAndChangesNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String location = mvc.perform(get("/oauth2/authorization/sign-in").session(session))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get("/signin-oidc").session(session).param("state", query(location).get("state"))
                        .param("error", "server_error"))
                .andExpect(redirectedUrl("/sign-in?failed"));
        mvc.perform(get("/sign-in").param("failed", "")).andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("You are not signed in")));
    }

    @Test
    void signingOutEndsTheSessionAtTheSignInPolicy() throws Exception {
        var registration = registrations.findByRegistrationId("sign-in");

        String location = mvc.perform(post("/sign-out").with(oidcLogin().clientRegistration(registration)
                        .idToken(token -> token.subject("leaving-customer"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith(IDENTITY.metadataUrl("B2C_1A_PSD2_SUSI").toString()
                .replace("/v2.0/.well-known/openid-configuration", "/oauth2/v2.0/logout?"));
        assertThat(query(location)).containsKeys("id_token_hint", "post_logout_redirect_uri");
    }

    /** Fills in the send-money form: 50 EUR to John Doe. Returns where the bank sends the browser. */
    private String send(MockHttpSession session, String customer, String amount) throws Exception {
        return mvc.perform(post("/payments").with(signedIn(customer)).with(csrf()).session(session)
                        .param("payee", "John Doe").param("account", "DE89 3704 0044 0532 0130 00")
                        .param("amount", amount).param("currency", "EUR").param("reference", "Invoice 42"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    /** Sends money, then comes back from the step-up policy with a token for it (changed by {@code changes}). */
    private String stepUp(MockHttpSession session, String customer, Consumer<JWTClaimsSet.Builder> changes)
            throws Exception {
        Map<String, String> request = query(send(session, customer, "50"));
        String paymentId = payments.history(customer, 1).get(0).id();
        IDENTITY.answerNextCodeWith(IDENTITY.token("B2C_1A_PSD2_StepUp", customer, Instant.now(), claims -> {
            claims.claim("amount", "EUR 50.00").claim("payee", "John Doe")
                    .claim("accountnumber", "DE89370400440532013000").claim("nonce", request.get("nonce"));
            changes.accept(claims);
        }));
        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("code", "code-for-" + paymentId).param("state", request.get("state")))
                .andExpect(redirectedUrl("/payments/" + paymentId + "/confirm"));
        return paymentId;
    }

    private String stepUpExpectingRefusal(MockHttpSession session, String customer,
            Consumer<JWTClaimsSet.Builder> changes, String message) throws Exception {
        Map<String, String> request = query(send(session, customer, "50"));
        String paymentId = payments.history(customer, 1).get(0).id();
        IDENTITY.answerNextCodeWith(IDENTITY.token("B2C_1A_PSD2_StepUp", customer, Instant.now(), claims -> {
            claims.claim("amount", "EUR 50.00").claim("payee", "John Doe")
                    .claim("accountnumber", "DE89370400440532013000").claim("nonce", request.get("nonce"));
            changes.accept(claims);
        }));
        mvc.perform(get("/payments/step-up").with(signedIn(customer)).session(session)
                        .param("code", "code-for-" + paymentId).param("state", request.get("state")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString(message), containsString("Nothing has been paid."))));
        return paymentId;
    }

    private JWTClaimsSet verifiedWithTheBanksKeys(String hint) throws Exception {
        JWKSet keys = JWKSet.parse(mvc.perform(get("/.well-known/keys")).andReturn().getResponse().getContentAsString());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        return processor.process(hint, null);
    }
}
