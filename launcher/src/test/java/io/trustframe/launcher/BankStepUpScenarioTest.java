package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.RSAPrivateKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.trustframe.launcher.policies.PolicyTemplates;
import io.trustframe.launcher.scenario.Browser;
import io.trustframe.launcher.scenario.HttpCustomer;
import io.trustframe.launcher.scenario.HttpCustomer.Account;
import io.trustframe.launcher.scenario.Page;

/**
 * The bank against the running identity and verify services (issue 7 items 4 and 6): the demo platform on free
 * ports in a temporary data folder, customers driving it over HTTP as their browsers would. Every refusal must end
 * on the bank's refusal page with nothing paid: the balance and the history say so.
 */
class BankStepUpScenarioTest {

    static final String JOHN_DOE_IBAN = "DE89370400440532013000";
    static final String NOTHING_PAID = "Nothing has been paid.";
    static final String NOT_VERIFIED = "The confirmation from the sign-in service could not be verified.";

    @TempDir
    static Path dataDir;

    private static Platform platform;

    @BeforeAll
    static void startOnFreePorts() {
        platform = startOnFreePorts(dataDir, List.of());
    }

    static Platform startOnFreePorts(Path dataDir, List<String> bankArgs) {
        Map<Service, Integer> anyFreePort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyFreePort.put(service, 0);
        }
        return Platform.start(new PlatformSettings(anyFreePort, dataDir, true, bankArgs));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    static HttpCustomer signedUp(Platform platform, String name) {
        HttpCustomer customer = HttpCustomer.named(name, platform.baseUrl(Service.BANK),
                platform.baseUrl(Service.VERIFY));
        customer.signUp();
        return customer;
    }

    /** The bank's refusal page, giving {@code reason} and saying that nothing was paid. */
    static void assertRefused(Page page, String reason) {
        assertThat(page.status()).as(page.toString()).isEqualTo(403);
        assertThat(page.document().select("h1").text()).as(page.toString()).isEqualTo("Payment refused");
        assertThat(page.textOf("refusal")).as(page.toString()).hasValue(reason);
        assertThat(page.text()).contains(NOTHING_PAID);
    }

    @Test
    void aNewCustomerSendsFiftyEuroToJohnDoeWithACodeAndIsDebitedOnceHoweverOftenConfirmed() {
        HttpCustomer alice = signedUp(platform, "Alice");
        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00", List.of()));

        URI authorize = alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Dinner");
        URI response = alice.stepUp(authorize);
        assertThat(alice.lastSms()).contains("EUR 50.00").contains("John Doe");
        Page confirm = alice.deliver(response);

        assertThat(confirm.textOf("confirmed-amount")).hasValue("EUR 50.00");
        assertThat(confirm.textOf("confirmed-payee")).hasValue("John Doe");
        assertThat(confirm.textOf("confirmed-account")).hasValue("DE89 3704 0044 0532 0130 00");
        // A double click: the confirm form submitted twice at once.
        CompletableFuture<Page> first = CompletableFuture.supplyAsync(() -> alice.confirm(confirm));
        CompletableFuture<Page> second = CompletableFuture.supplyAsync(() -> alice.confirm(confirm));
        for (Page result : List.of(first.join(), second.join())) {
            assertThat(result.document().select("h1").text()).as(result.toString()).isEqualTo("Payment sent");
            assertThat(result.text()).contains("EUR 50.00 is on its way to John Doe.");
        }
        Page third = alice.confirm(confirm);
        assertThat(third.document().select("h1").text()).as(third.toString()).isEqualTo("Payment sent");

        assertThat(alice.account()).isEqualTo(new Account("EUR 2450.00",
                List.of(new Account.Payment("John Doe", "Dinner", "EUR 50.00", "Executed"))));
    }

    @Test
    void aReturningCustomerSignsInWithThePasswordThenSendsMoneyWithACode() {
        HttpCustomer alice = signedUp(platform, "Returning");
        Page signedOut = alice.signOut();
        assertThat(signedOut.uri()).as(signedOut.toString()).isEqualTo(platform.baseUrl(Service.BANK).resolve("/"));
        assertThat(alice.browser().open(platform.baseUrl(Service.BANK).resolve("/account")).isOn(
                platform.baseUrl(Service.IDENTITY))).as("signed out, the account page asks to sign in").isTrue();

        alice.signIn();
        URI authorize = alice.startPayment("John Doe", JOHN_DOE_IBAN, "12.34", "Back again");
        Page confirm = alice.deliver(alice.stepUp(authorize));

        assertThat(confirm.textOf("confirmed-amount")).hasValue("EUR 12.34");
        alice.confirm(confirm);
        assertThat(alice.account()).isEqualTo(new Account("EUR 2487.66",
                List.of(new Account.Payment("John Doe", "Back again", "EUR 12.34", "Executed"))));
    }

    @Test
    void twoPaymentsSteppedUpInTwoTabsOfOneSessionAreEachConfirmedByTheirOwnCode() throws Exception {
        HttpCustomer alice = signedUp(platform, "Two tabs");
        URI firstRequest = alice.startPayment("John Doe", JOHN_DOE_IBAN, "30.00", "First tab");
        URI secondRequest = alice.startPayment("John Doe", JOHN_DOE_IBAN, "40.00", "Second tab");

        Page first = alice.deliver(alice.stepUp(firstRequest));
        assertThat(first.textOf("confirmed-amount")).hasValue("EUR 30.00");
        alice.confirm(first);
        Page second = alice.deliver(alice.stepUp(secondRequest));
        assertThat(second.textOf("confirmed-amount")).hasValue("EUR 40.00");
        alice.confirm(second);

        assertThat(alice.account()).isEqualTo(new Account("EUR 2430.00", List.of(
                new Account.Payment("John Doe", "Second tab", "EUR 40.00", "Executed"),
                new Account.Payment("John Doe", "First tab", "EUR 30.00", "Executed"))));

        // A step-up left unfinished is taken up again from the payment's own page ("Confirm with a code").
        URI abandoned = alice.startPayment("John Doe", JOHN_DOE_IBAN, "12.00", "Later");
        String paymentId = SignedJWT.parse(Browser.query(abandoned).get("id_token_hint")).getJWTClaimsSet().getJWTID();
        Page later = alice.deliver(alice.stepUp(alice.startStepUpAgain(paymentId)));
        assertThat(later.textOf("confirmed-amount")).hasValue("EUR 12.00");
        alice.confirm(later);
        assertThat(alice.account().balance()).isEqualTo("EUR 2418.00");
    }

    @Test
    void theReturnFromTheStepUpDeliveredTwiceAtOnceConfirmsOnceAndPaysOnce() {
        HttpCustomer alice = signedUp(platform, "Double");
        URI response = alice.stepUp(alice.startPayment("John Doe", JOHN_DOE_IBAN, "1.00", "Double"));

        CompletableFuture<Page> first = CompletableFuture.supplyAsync(() -> alice.deliver(response));
        CompletableFuture<Page> second = CompletableFuture.supplyAsync(() -> alice.deliver(response));
        List<Page> pages = List.of(first.join(), second.join());

        assertThat(pages).filteredOn(page -> page.status() == 200).singleElement()
                .satisfies(page -> assertThat(page.textOf("confirmed-amount")).hasValue("EUR 1.00"));
        assertThat(pages).filteredOn(page -> page.status() == 403).singleElement()
                .satisfies(page -> assertRefused(page, NOT_VERIFIED));
        Page confirm = pages.stream().filter(page -> page.status() == 200).findFirst().orElseThrow();
        assertThat(alice.confirm(confirm).document().select("h1").text()).isEqualTo("Payment sent");
        assertThat(alice.account()).isEqualTo(new Account("EUR 2499.00",
                List.of(new Account.Payment("John Doe", "Double", "EUR 1.00", "Executed"))));
    }

    @Test
    void anAmountAndPayeeChangedOnTheStepUpPageAreIgnoredTheCodeAndThePaymentKeepTheBanksTerms() {
        HttpCustomer alice = signedUp(platform, "Editor");
        List<String> altered = new java.util.concurrent.CopyOnWriteArrayList<>();
        alice.alteringIdentityForms(form -> {
            // Trustframe's step-up page shows the hint's terms as read-only fields named after its claims.
            if (form.has("amount") && form.has("payee")) {
                form.set("amount", "EUR 5.00").set("payee", "Mallory");
                altered.add(form.action().toString());
            }
        });

        Page confirm = alice.sendMoney("John Doe", JOHN_DOE_IBAN, "50.00", "Edited page");

        assertThat(altered).as("the step-up page's forms were changed").isNotEmpty();
        assertThat(alice.lastSms()).contains("EUR 50.00", "John Doe").doesNotContain("EUR 5.00", "Mallory");
        assertThat(confirm.textOf("confirmed-amount")).hasValue("EUR 50.00");
        assertThat(confirm.textOf("confirmed-payee")).hasValue("John Doe");
        alice.confirm(confirm);
        assertThat(alice.account()).isEqualTo(new Account("EUR 2450.00",
                List.of(new Account.Payment("John Doe", "Edited page", "EUR 50.00", "Executed"))));
    }

    @Test
    void aConfirmationForAnotherAmountThanThePendingPaymentIsRefused() throws Exception {
        HttpCustomer alice = signedUp(platform, "Tampered");
        URI authorize = alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Invoice 7");
        // The hint as the bank's own key would sign it, for the same payment but EUR 500.00: the real step-up
        // policy accepts it and the code is bound to EUR 500.00, so only the bank's own check is left.
        String hint = Browser.query(authorize).get("id_token_hint");
        URI forged = Browser.withQuery(authorize, "id_token_hint", resignedWithTheBanksKey(hint, "EUR 500.00"));

        Page page = alice.deliver(alice.stepUp(forged));

        assertThat(alice.lastSms()).contains("EUR 500.00");
        assertRefused(page, "The amount, payee or account you confirmed do not match this payment.");
        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00",
                List.of(new Account.Payment("John Doe", "Invoice 7", "EUR 50.00", "Refused"))));
    }

    @Test
    void anotherCustomersStepUpResponseDoesNotPayForTheSignedInCustomer() {
        HttpCustomer alice = signedUp(platform, "Victim");
        HttpCustomer bob = signedUp(platform, "Mallory");
        URI alicesRequest = alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Rent");
        URI bobsResponse = bob.stepUp(bob.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Mallory's"));

        // Bob's response as it is: its state is not one Alice's session started.
        assertRefused(alice.deliver(bobsResponse), NOT_VERIFIED);
        // Bob's code under the state of Alice's own request: the identity service will not redeem it for her
        // request (its PKCE challenge is Bob's), so no token of Bob's ever reaches her payment.
        String alicesState = Browser.query(alicesRequest).get("state");
        assertRefused(alice.deliver(Browser.withQuery(bobsResponse, "state", alicesState)), NOT_VERIFIED);

        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00",
                List.of(new Account.Payment("John Doe", "Rent", "EUR 50.00", "Pending"))));
        assertThat(bob.account()).isEqualTo(new Account("EUR 2500.00",
                List.of(new Account.Payment("John Doe", "Mallory's", "EUR 50.00", "Pending"))));
    }

    @Test
    void aReplayedStepUpResponseNeitherPaysNorConfirmsAnythingAgain() {
        HttpCustomer alice = signedUp(platform, "Replay");
        URI response = alice.stepUp(alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Once"));
        Page confirm = alice.deliver(response);
        assertThat(confirm.textOf("confirmed-amount")).hasValue("EUR 50.00");

        assertRefused(alice.deliver(response), NOT_VERIFIED);
        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00",
                List.of(new Account.Payment("John Doe", "Once", "EUR 50.00", "Pending"))));

        assertThat(alice.confirm(confirm).document().select("h1").text()).isEqualTo("Payment sent");
        assertRefused(alice.deliver(response), NOT_VERIFIED);
        // The used code under the state of a new payment's request: the identity service does not redeem it twice.
        URI next = alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Twice?");
        assertRefused(alice.deliver(Browser.withQuery(response, "state", Browser.query(next).get("state"))),
                NOT_VERIFIED);

        assertThat(alice.account()).isEqualTo(new Account("EUR 2450.00", List.of(
                new Account.Payment("John Doe", "Twice?", "EUR 50.00", "Pending"),
                new Account.Payment("John Doe", "Once", "EUR 50.00", "Executed"))));
    }

    @Test
    void aResponseOfTheSignInPolicyDeliveredToTheStepUpReturnAuthorisesNoPayment() {
        HttpCustomer alice = signedUp(platform, "Policy");
        URI stepUpRequest = alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Skip the code");
        // The same request sent to the sign-in policy instead: single sign-on answers at once, without a code, and
        // the browser returns to the step-up return address with the request's state.
        URI signInRequest = URI.create(stepUpRequest.toString()
                .replaceFirst("(?i)/" + PolicyTemplates.STEP_UP + "/", "/" + PolicyTemplates.SIGN_UP_OR_SIGN_IN + "/"));
        assertThat(signInRequest).isNotEqualTo(stepUpRequest);
        URI signInResponse = alice.stepUp(signInRequest);
        assertThat(signInResponse.getPath()).isEqualTo("/payments/step-up");

        assertRefused(alice.deliver(signInResponse), NOT_VERIFIED);

        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00",
                List.of(new Account.Payment("John Doe", "Skip the code", "EUR 50.00", "Pending"))));
        assertThat(alice.inbox().messages()).as("only the enrolment SMS").hasSize(1);
    }

    /** The hint with another amount, signed with the bank's hint key from the data folder's keystore. */
    private static String resignedWithTheBanksKey(String hint, String amount) throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        char[] password = "trustframe-dev".toCharArray();
        try (InputStream in = Files.newInputStream(dataDir.resolve("bank").resolve("hint-signing.p12"))) {
            keystore.load(in, password);
        }
        RSAPrivateKey key = (RSAPrivateKey) keystore.getKey(keystore.aliases().nextElement(), password);
        SignedJWT original = SignedJWT.parse(hint);
        SignedJWT forged = new SignedJWT(original.getHeader(),
                new JWTClaimsSet.Builder(original.getJWTClaimsSet()).claim("amount", amount).build());
        forged.sign(new RSASSASigner(key));
        return forged.serialize();
    }
}
