package io.trustframe.launcher.browser;

import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOE;
import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOES_IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.launcher.RunningDemo;

/**
 * The README's five minutes with the demo, done by a browser on the whole platform: sign up with an SMS code, sign
 * out, sign in, send EUR 50.00 to John Doe with a step-up code bound to amount and payee, confirm, see the balance.
 * Each test has its own customer and browser; screenshots of every page go to
 * {@code target/screenshots/<test>/}.
 */
class PaymentJourneyBrowserTest {

    /** The payment page's DefaultUserMessageIfRequestFailed, shown when Verify refuses a check or a send. */
    private static final String BLOCKED = "No code can be sent or checked now: too many wrong codes were entered";

    @TempDir
    static Path dataDir;

    private static RunningDemo demo;

    private Browser browser;

    @BeforeAll
    static void startTheDemo() {
        if (Browser.installed()) {
            demo = RunningDemo.start(dataDir);
        }
    }

    @AfterAll
    static void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        Browser.assumeInstalled();
        browser = Browser.open(Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewCustomerSignsUpSignsInAgainAndSendsFiftyEurosToJohnDoeWithACodeNamingAmountAndPayee() {
        BankCustomer customer = new BankCustomer(browser, demo).signUp();
        assertThat(browser.text("balance")).isEqualTo("EUR 2500.00");
        customer.signOut();
        customer.signIn();

        customer.sendMoney("50.00", JOHN_DOE, JOHN_DOES_IBAN, "Invoice 42");
        String stepUp = browser.seen();
        assertThat(browser.heading()).isEqualTo("Confirm your payment");
        assertThat(browser.label("control:tfPaymentCode:SendCode")).isEqualTo("Send code for this payment");
        assertThat(browser.label("continue")).isEqualTo("Confirm payment");
        assertThat(stepUp).contains("Payee's IBAN").contains("Code for this payment").contains("Your phone");
        assertThat(stepUp).contains("EUR 50.00").contains(JOHN_DOE)
                .contains(customer.phone.substring(customer.phone.length() - 4))
                .doesNotContain(customer.phone);
        String sms = customer.askForPaymentCode();
        assertThat(sms).contains("EUR 50.00").contains(JOHN_DOE);
        assertThat(browser.label("control:tfPaymentCode:VerifyCode")).isEqualTo("Check code");
        customer.enterPaymentCode(Outbox.codeIn(sms), "step-up-code-checked");
        assertThat(browser.seen()).contains("Code accepted. Press Confirm payment to finish.");
        customer.continueStepUp("confirm");

        assertThat(browser.text("confirmed-amount")).isEqualTo("EUR 50.00");
        assertThat(browser.text("confirmed-payee")).isEqualTo(JOHN_DOE);
        assertThat(browser.text("confirmed-account")).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(browser.seen()).contains("Confirm and send");
        browser.submit("/execute", "payment-sent");
        customer.openAccount();
        assertThat(browser.heading()).isEqualTo("Your account");
        assertThat(browser.text("balance")).isEqualTo("EUR 2450.00");
        assertThat(browser.seen()).contains(JOHN_DOE).contains("Invoice 42").contains("EUR 50.00").contains("Executed");
    }

    @Test
    void afterFiveWrongCodesThePaymentCodeIsBlockedWithThePolicysMessageAndNothingIsPaid() {
        BankCustomer customer = new BankCustomer(browser, demo).signUp();
        customer.sendMoney("50.00", JOHN_DOE, JOHN_DOES_IBAN, "Five wrong codes");
        String code = Outbox.codeIn(customer.askForPaymentCode());
        for (int attempt = 1; attempt <= 5; attempt++) {
            customer.enterPaymentCode(wrong(code), "wrong-code-" + attempt);
            assertThat(browser.seen()).contains("That code does not confirm this payment");
        }

        // Verify answers the sixth check with 60202 (max check attempts), even for the right code.
        customer.enterPaymentCode(code, "right-code-after-five-wrong");
        assertThat(browser.seen()).contains(BLOCKED);
        int sent = new Outbox(demo.verify()).count(customer.phone);
        browser.press("control:tfPaymentCode:SendCode", "new-code-refused");
        assertThat(browser.seen()).contains(BLOCKED);
        assertThat(new Outbox(demo.verify()).count(customer.phone)).isEqualTo(sent);
        customer.continueStepUp("continue-refused");
        assertThat(browser.url()).startsWith(demo.identity().toString());

        customer.openAccount();
        assertNothingPaid();
    }

    @Test
    void aCodeSentForOnePaymentDoesNotConfirmAnother() {
        BankCustomer customer = new BankCustomer(browser, demo).signUp();
        customer.sendMoney("50.00", JOHN_DOE, JOHN_DOES_IBAN, "Payment A");
        String codeForA = Outbox.codeIn(customer.askForPaymentCode());

        customer.sendMoney("75.00", JOHN_DOE, JOHN_DOES_IBAN, "Payment B");
        assertThat(browser.seen()).contains("EUR 75.00");
        // B's page sent no code: the code Verify holds for this phone is A's, still pending and bound to EUR 50.00.
        customer.enterPaymentCode(codeForA, "code-of-a-entered-for-b");
        assertThat(browser.seen()).contains("That code does not confirm this payment");
        customer.continueStepUp("continue-refused");
        assertThat(browser.url()).startsWith(demo.identity().toString());

        customer.openAccount();
        assertNothingPaid();
    }

    @Test
    void aHintWhoseAmountWasEditedOnTheWayIsRefusedByTheIdentityServiceAndNothingIsPaid() {
        BankCustomer customer = new BankCustomer(browser, demo).signUp();
        int sent = new Outbox(demo.verify()).count(customer.phone);
        URI stepUp = customer.stepUpRedirect("50.00", JOHN_DOE, JOHN_DOES_IBAN);
        assertThat(IdTokenHints.claims(stepUp).getClaim("amount")).isEqualTo("EUR 50.00");

        browser.go(IdTokenHints.withClaim(stepUp, "amount", "EUR 5.00").toString(), "edited-hint-refused");

        // B2C answers a journey that fails on a valid authorization request at the client's redirect URI.
        assertThat(browser.decodedUrl()).startsWith(customer.bank("/payments/step-up"))
                .contains("AADB2C90208").contains("bad signature");
        assertThat(browser.heading()).isEqualTo("Confirmation refused");
        assertThat(browser.text("refusal-code")).isEqualTo("AADB2C90208");
        assertThat(browser.seen()).contains("The sign-in service refused the confirmation request")
                .contains("The payment was not executed. Nothing has been paid.").doesNotContain("EUR 5.00");
        assertThat(new Outbox(demo.verify()).count(customer.phone)).isEqualTo(sent);
        // The edit alone was refused: the address as the bank signed it opens the step-up page for EUR 50.00.
        browser.go(stepUp.toString(), "unedited-hint-step-up");
        assertThat(browser.seen()).contains("EUR 50.00").contains(JOHN_DOE);
        customer.openAccount();
        assertNothingPaid();
    }

    private void assertNothingPaid() {
        assertThat(browser.text("balance")).isEqualTo("EUR 2500.00");
        assertThat(browser.seen()).doesNotContain("Executed");
    }

    /** A six-digit code that is surely not {@code code}. */
    private static String wrong(String code) {
        StringBuilder wrong = new StringBuilder();
        for (char digit : code.toCharArray()) {
            wrong.append((char) ('0' + (digit - '0' + 1) % 10));
        }
        return wrong.toString();
    }
}
