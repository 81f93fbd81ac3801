package io.trustframe.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.trustframe.launcher.RunningDemo;

/**
 * A customer of the demo bank, doing in the browser what the README's walkthrough tells a person to do. Each one
 * has their own email address and phone number, so tests that share a platform do not read each other's SMS.
 */
final class BankCustomer {

    static final String JOHN_DOE = "John Doe";
    static final String JOHN_DOES_IBAN = "DE89370400440532013000";

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String PAYMENT_CODE = "tfPaymentCode";

    final String email;
    final String name;
    final String password = "Correct-Horse-9";
    /** E.164; 555-01xx numbers are fictional. */
    final String phone;

    private final Browser browser;
    private final RunningDemo demo;
    private final Outbox outbox;

    BankCustomer(Browser browser, RunningDemo demo) {
        int number = NUMBERS.incrementAndGet();
        this.email = "customer" + number + "@example.com";
        this.name = "Customer " + number;
        this.phone = String.format("+141555501%02d", number % 100);
        this.browser = browser;
        this.demo = demo;
        this.outbox = new Outbox(demo.verify());
    }

    /** Signs up from the bank's home page, enrolling the phone with the code the SMS brings; ends on the account. */
    BankCustomer signUp() {
        browser.go(bank("/"), "bank-home");
        assertThat(browser.seen()).contains("Sign up / Sign in");
        browser.follow("/sign-in", "sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to your bank");
        assertThat(browser.label("choose:SignUpWithEmail")).isEqualTo("Create an account");
        browser.press("choose:SignUpWithEmail", "sign-up");
        assertThat(browser.heading()).isEqualTo("Create your account");
        assertThat(browser.label("control:tfPhoneEnrolment:SendCode")).isEqualTo("Send code");
        assertThat(browser.label("continue")).isEqualTo("Create account");
        assertThat(browser.seen()).contains("Your mobile phone").contains("Mobile number").contains("Code from the SMS");
        typeDetails();
        browser.type("phoneNumberToEnrol", phone);
        int before = outbox.count(phone);
        browser.press("control:tfPhoneEnrolment:SendCode", "sign-up-code-sent");
        String code = Outbox.codeIn(outbox.newest(phone, before));
        assertThat(browser.label("control:tfPhoneEnrolment:VerifyCode")).isEqualTo("Check code");
        browser.type("smsCode", code);
        browser.press("control:tfPhoneEnrolment:VerifyCode", "sign-up-phone-verified");
        assertThat(browser.seen()).contains("Phone confirmed.");
        // The page may render the fields typed before a control's button empty again: type them once more.
        typeDetails();
        browser.press("continue", "account-after-sign-up");
        assertThat(browser.url()).startsWith(bank("/"));
        return this;
    }

    private void typeDetails() {
        browser.type("email", email);
        browser.type("displayName", name);
        browser.type("newPassword", password);
        browser.type("reenterPassword", password);
    }

    /** Signs out at the bank, which signs out at the identity service too and comes back to its home page. */
    void signOut() {
        browser.submit("/sign-out", "signed-out");
        assertThat(browser.url()).isEqualTo(bank("/"));
    }

    /** Signs in with email and password from the bank's home page. */
    void signIn() {
        browser.go(bank("/"), "bank-home");
        browser.follow("/sign-in", "sign-in");
        assertThat(browser.label("continue")).isEqualTo("Sign in");
        browser.type("email", email);
        browser.type("password", password);
        browser.press("continue", "signed-in");
        assertThat(browser.url()).startsWith(bank("/"));
    }

    void openAccount() {
        browser.go(bank("/account"), "account");
    }

    /** Fills the send-money form and submits it, which takes the browser to the identity service's step-up page. */
    void sendMoney(String amount, String payee, String account, String reference) {
        browser.go(bank("/payments/new"), "send-money");
        assertThat(browser.heading()).isEqualTo("Send money");
        assertThat(browser.seen()).contains("Payee name").contains("Account number or IBAN").contains("Continue");
        browser.type("payee", payee);
        browser.type("account", account);
        browser.type("amount", amount);
        browser.type("reference", reference);
        browser.submit("/payments", "step-up");
    }

    /** Presses the step-up page's send-code button; returns the SMS it sent. */
    String askForPaymentCode() {
        int before = outbox.count(phone);
        browser.press("control:" + PAYMENT_CODE + ":SendCode", "step-up-code-sent");
        return outbox.newest(phone, before);
    }

    void enterPaymentCode(String code, String page) {
        browser.type("verificationCode", code);
        browser.press("control:" + PAYMENT_CODE + ":VerifyCode", page);
    }

    void continueStepUp(String page) {
        browser.press("continue", page);
    }

    /**
     * What the bank answers to the send-money form, read without following it: the address of the step-up policy's
     * authorize endpoint, with the signed id_token_hint for the new payment. The request goes out with the browser's
     * cookies and the form's CSRF token, so the payment is the browser's own and the bank keeps its state for the
     * browser's session.
     */
    URI stepUpRedirect(String amount, String payee, String account) {
        browser.go(bank("/payments/new"), "send-money");
        assertThat(browser.heading()).isEqualTo("Send money");
        assertThat(browser.seen()).contains("Payee name").contains("Account number or IBAN").contains("Continue");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", browser.value("_csrf"));
        form.put("payee", payee);
        form.put("account", account);
        form.put("currency", "EUR");
        form.put("amount", amount);
        form.put("reference", "intercepted");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create(bank("/payments"));
        HttpRequest request = HttpRequest.newBuilder(next).header("Cookie", browser.cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // The bank may pass through its own addresses (Spring Security's /oauth2/authorization/…) on the way.
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = send(http, request);
            assertThat(response.statusCode()).as("%s answered %s", next, response.body()).isBetween(301, 303);
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(demo.identity().toString())) {
                return next;
            }
            request = HttpRequest.newBuilder(next).header("Cookie", browser.cookieHeader()).build();
        }
        throw new AssertionError("the bank never sent the browser to the identity service; last: " + next);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String bank(String path) {
        return demo.bank().resolve(path).toString();
    }
}
