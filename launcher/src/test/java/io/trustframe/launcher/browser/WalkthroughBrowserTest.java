package io.trustframe.launcher.browser;

import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOE;
import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOES_IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.launcher.WalkthroughPlatform;

/**
 * Issue 9: the Twilio Verify PSD2 walkthrough's published policies, imported as {@code WalkthroughOnPlatformTest}
 * imports them ({@link WalkthroughPlatform}), walked by a person in headless Chromium: sign up through
 * B2C_1A_PSD2_SUSI (the MFA pack's e-mail code, then the walkthrough's phone enrolment by SMS), send EUR 50.00 to
 * John Doe, step up on B2C_1A_PSD2_StepUp with the code whose SMS names amount and payee, confirm at the bank.
 * Screenshots of every page go to {@code target/screenshots/<test>/}. Skipped without TRUSTFRAME_CORPUS or Chromium.
 */
class WalkthroughBrowserTest {

    /** The walkthrough's enrolment code (GenerateOtp) has fewer digits than Verify's. */
    private static final Pattern CODE = Pattern.compile("\\b(\\d{4,8})\\b");

    @TempDir
    static Path dataDir;

    private static WalkthroughPlatform walkthrough;

    private Browser browser;

    @BeforeAll
    static void startAndImport() {
        if (Browser.installed() && WalkthroughPlatform.corpusPresent()) {
            walkthrough = WalkthroughPlatform.start(dataDir);
            assertThat(walkthrough.importExit()).as(walkthrough.importOutput()).isZero();
        }
    }

    @AfterAll
    static void stop() {
        if (walkthrough != null) {
            walkthrough.close();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        // Per test, not in @BeforeAll: Surefire then counts the test as skipped (Browser.assumeInstalled).
        WalkthroughPlatform.corpus();
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
    void aPersonSignsUpWithTheWalkthroughsPoliciesAndSendsFiftyEurosToJohnDoeWithACodeNamingAmountAndPayee() {
        String email = "grace@example.com";
        // The starter pack's password rule allows 8–16 characters.
        String password = "Passw0rd-Ok";
        String phone = "+14155550143";
        Outbox outbox = new Outbox(walkthrough.verify());

        // B2C_1A_PSD2_SUSI: sign-in page, "Sign up now", the MFA pack's sign-up with its built-in e-mail code.
        browser.go(bank("/"), "bank-home");
        browser.follow("/sign-in", "sign-in");
        browser.press("choose:SignUpWithLogonEmailExchange", "sign-up");
        browser.type("email", email);
        browser.press("control:Verified.email:SendCode", "sign-up-email-code-sent");
        browser.type("verificationCode", walkthrough.mailedCode(email)
                .orElseThrow(() -> new AssertionError("no code mailed to " + email)));
        browser.press("control:Verified.email:VerifyCode", "sign-up-email-verified");
        browser.type("newPassword", password);
        browser.type("reenterPassword", password);
        browser.type("displayName", "Grace Hopper");
        browser.type("givenName", "Grace");
        browser.type("surname", "Hopper");
        browser.press("continue", "phone-enrolment");

        // The walkthrough's Custom-SMS-Enrol: country from its list, the national number, the code by SMS.
        browser.choose("countryCode", "US");
        browser.type("strongAuthenticationPhoneNumber", "4155550143");
        int before = outbox.count(phone);
        browser.press("control:phoneVerificationControl:SendCode", "phone-enrolment-code-sent");
        browser.type("verificationCode", code(outbox.newest(phone, before)));
        browser.press("control:phoneVerificationControl:VerifyCode", "phone-enrolment-code-checked");
        browser.press("continue", "account-after-sign-up");
        assertThat(browser.url()).startsWith(bank("/"));
        assertThat(browser.text("balance")).isEqualTo("EUR 2500.00");

        // The bank's send-money form, then B2C_1A_PSD2_StepUp with the payment's id_token_hint.
        browser.go(bank("/payments/new"), "send-money");
        browser.type("payee", JOHN_DOE);
        browser.type("account", JOHN_DOES_IBAN);
        browser.type("amount", "50.00");
        browser.type("reference", "Invoice 42");
        browser.submit("/payments", "step-up");
        assertThat(browser.url()).startsWith(walkthrough.identity().toString());
        assertThat(browser.seen()).contains("0143").doesNotContain("4155550143");
        before = outbox.count(phone);
        browser.press("control:phoneVerificationControl-readOnly:SendCode", "step-up-code-sent");
        String sms = outbox.newest(phone, before);
        assertThat(sms).contains("EUR 50.00").contains(JOHN_DOE);
        browser.type("verificationCode", code(sms));
        browser.press("control:phoneVerificationControl-readOnly:VerifyCode", "step-up-code-checked");
        browser.press("continue", "confirm");

        assertThat(browser.url()).startsWith(bank("/"));
        assertThat(browser.text("confirmed-amount")).isEqualTo("EUR 50.00");
        assertThat(browser.text("confirmed-payee")).isEqualTo(JOHN_DOE);
        // StepUp.xml issues no account number: the bank keeps the one of its own hint (step-up-account-number-optional).
        assertThat(browser.text("confirmed-account")).isEqualTo("DE89 3704 0044 0532 0130 00");
        browser.submit("/execute", "payment-sent");
        browser.go(bank("/account"), "account");
        assertThat(browser.text("balance")).isEqualTo("EUR 2450.00");
        assertThat(browser.seen()).contains(JOHN_DOE).contains("Invoice 42").contains("EUR 50.00");
    }

    private static String code(String sms) {
        Matcher code = CODE.matcher(sms);
        if (!code.find()) {
            throw new AssertionError("no code in the SMS: " + sms);
        }
        return code.group(1);
    }

    private static String bank(String path) {
        return walkthrough.bank().resolve(path).toString();
    }
}
