package io.trustframe.launcher.browser;

import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOE;
import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOES_IBAN;
import static org.assertj.core.api.Assertions.assertThat;

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

    @TempDir
    static Path dataDir;

    private static RunningDemo demo;

    private Browser browser;

    @BeforeAll
    static void startTheDemo() {
        Browser.assumeInstalled();
        demo = RunningDemo.start(dataDir);
    }

    @AfterAll
    static void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
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
        assertThat(stepUp).contains("EUR 50.00").contains(JOHN_DOE)
                .contains(customer.phone.substring(customer.phone.length() - 4))
                .doesNotContain(customer.phone);
        String sms = customer.askForPaymentCode();
        assertThat(sms).contains("EUR 50.00").contains(JOHN_DOE);
        customer.enterPaymentCode(Outbox.codeIn(sms), "step-up-code-checked");
        customer.continueStepUp("confirm");

        assertThat(browser.text("confirmed-amount")).isEqualTo("EUR 50.00");
        assertThat(browser.text("confirmed-payee")).isEqualTo(JOHN_DOE);
        assertThat(browser.text("confirmed-account")).isEqualTo("DE89 3704 0044 0532 0130 00");
        browser.submit("/execute", "payment-sent");
        customer.openAccount();
        assertThat(browser.text("balance")).isEqualTo("EUR 2450.00");
        assertThat(browser.seen()).contains(JOHN_DOE).contains("Invoice 42").contains("EUR 50.00");
    }
}
