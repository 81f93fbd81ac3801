package io.trustframe.launcher.scenario;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * A bank customer driving the demo platform over HTTP the way a browser does: signs up at the bank (phone enrolled by
 * SMS read from verify's outbox), signs in, sends money, steps up with the code the SMS brings, confirms.
 *
 * <p>On the identity service's pages it does not know the policy: it fills the fields a person would by what they
 * are (password boxes, e-mail, phone, name), presses display-control buttons by their action ({@code SendCode},
 * {@code VerifyCode}; the code is read from the customer's SMS) and otherwise the page's main button
 * ({@code _action=continue}). It is meant to walk any sign-in, sign-up or step-up policy the identity service renders
 * this way; so far it has walked Trustframe's own. A policy that sends a code by e-mail would need an e-mail inbox.
 *
 * <p>Steps that leave the bank or come back to it stop at the redirect and return its location unrequested, so a
 * test can look at it, change it or hand it to another customer's browser before {@link #deliver delivering} it.
 */
public final class HttpCustomer {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final Pattern EMAIL = Pattern.compile("(?i).*(email|signinname|logonidentifier|username).*");
    private static final Pattern PHONE = Pattern.compile("(?i).*phone.*");
    private static final Pattern COUNTRY = Pattern.compile("(?i).*country.*");
    private static final Pattern CODE = Pattern.compile("(?i).*(code|otp).*");
    private static final Pattern NAME = Pattern.compile("(?i)(displayname|givenname|surname|name)");
    private static final int MAX_PAGES = 12;

    private final URI bank;
    private final String email;
    private final String password;
    private final String name;
    private final String phone;
    private final Browser browser = new Browser();
    private final SmsInbox inbox;
    private Function<String, Optional<String>> mailbox = address -> Optional.empty();
    private Consumer<Form> alteration = form -> { };

    public HttpCustomer(URI bank, URI verify, String email, String password, String name, String phone) {
        this.bank = bank;
        this.email = email;
        this.password = password;
        this.name = name;
        this.phone = phone;
        this.inbox = new SmsInbox(verify, phone);
    }

    /**
     * A new customer with a unique e-mail and a fictional phone number (+1 415 555 01xx, reserved for fiction) of their
     * own; the hundred numbers are shared out in turn, so a JVM should not need more than a hundred at once.
     */
    public static HttpCustomer named(String name, URI bank, URI verify) {
        int number = NUMBERS.getAndIncrement() % 100;
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + number;
        return new HttpCustomer(bank, verify, local + "@example.com", "Correct-Horse-7-battery",
                name, String.format("+1415555%04d", 100 + number));
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /**
     * Where this customer reads e-mailed codes (B2C's built-in email verification, a control named
     * {@code Verified.<claim>}): the newest code sent to an address, if any. Without it such a control fails the run.
     */
    public HttpCustomer readsMailWith(Function<String, Optional<String>> newestCodeTo) {
        this.mailbox = newestCodeTo;
        return this;
    }

    public Browser browser() {
        return browser;
    }

    public SmsInbox inbox() {
        return inbox;
    }

    /**
     * Changes every form on the identity service's pages just before it is sent, after the customer filled it in, as
     * a person editing the page (or a man in the browser) could; e.g. a read-only amount.
     */
    public HttpCustomer alteringIdentityForms(Consumer<Form> alteration) {
        this.alteration = alteration;
        return this;
    }

    /** Signs up through the bank's sign-in, enrolling the phone by SMS; ends on the bank's page after sign-in. */
    public Page signUp() {
        return browser.open(throughIdentity(browser.go(bank.resolve("/sign-in"), backToBank(false)), true));
    }

    /** Signs in with e-mail and password (or straight through identity's single sign-on); ends on the bank. */
    public Page signIn() {
        return browser.open(throughIdentity(browser.go(bank.resolve("/sign-in"), backToBank(false)), false));
    }

    /** Presses the bank's "Sign out" (which signs out at the identity service too); ends where that leads. */
    public Page signOut() {
        Form form = browser.open(bank.resolve("/account")).form("/sign-out");
        return browser.submit(form, form.buttons().get(0));
    }

    /**
     * Fills the bank's send-money form and submits it; returns where the bank sends the browser (the step-up
     * policy's authorize request with the payment's {@code id_token_hint}), not yet requested.
     */
    public URI startPayment(String payee, String account, String amount, String reference) {
        Form form = browser.open(bank.resolve("/payments/new")).form("/payments")
                .set("payee", payee).set("account", account).set("amount", amount).set("reference", reference);
        return browser.submitUntil(form, form.buttons().get(0), location -> !isBank(location));
    }

    /**
     * Presses "Confirm with a code" on a pending payment's page (e.g. after a cancelled or lost step-up); returns the
     * new step-up request the bank sends the browser to, not yet requested.
     */
    public URI startStepUpAgain(String paymentId) {
        Form form = browser.open(bank.resolve("/payments/" + paymentId)).form("/step-up");
        return browser.submitUntil(form, form.buttons().get(0), location -> !isBank(location));
    }

    /**
     * Goes through the step-up at the identity service from its authorize request: asks for the code, reads it from
     * the SMS, enters it and continues. Returns the authorization response the identity service sends back to the
     * bank, not yet delivered.
     */
    public URI stepUp(URI authorize) {
        return throughIdentity(browser.go(authorize, this::isBank), false);
    }

    /** Lets the browser go to a location on the bank (e.g. an authorization response) and ends on its page. */
    public Page deliver(URI location) {
        return browser.open(location);
    }

    /** Sends money and steps up: ends on the bank's page after the step-up (the confirm page when accepted). */
    public Page sendMoney(String payee, String account, String amount, String reference) {
        return deliver(stepUp(startPayment(payee, account, amount, reference)));
    }

    /** Presses "Confirm and send" on the bank's confirm page; ends on the result. */
    public Page confirm(Page confirmPage) {
        Form form = confirmPage.form("/execute");
        return browser.submit(form, form.buttons().get(0));
    }

    /** The account page: balance and payment history as shown. */
    public Account account() {
        Page page = browser.open(bank.resolve("/account"));
        if (page.textOf("balance").isEmpty()) {
            throw new AssertionError("not the account page: " + page);
        }
        List<Account.Payment> history = page.document().select("#main table tbody tr").stream()
                .map(row -> row.select("td").eachText())
                .map(cells -> new Account.Payment(cells.get(1), cells.get(2), cells.get(3), cells.get(4)))
                .toList();
        return new Account(page.textOf("balance").orElseThrow(), history);
    }

    /** The newest SMS to this customer's phone. */
    public String lastSms() {
        return inbox.messages().get(0);
    }

    /** The account as the customer sees it; history newest first. */
    public record Account(String balance, List<Payment> history) {

        /** A history row: payee, reference, amount (e.g. {@code EUR 50.00}), status (e.g. {@code Executed}). */
        public record Payment(String payee, String reference, String amount, String status) {
        }
    }

    /**
     * Answers the identity service's pages until it sends the browser back to the bank; returns that location.
     *
     * @param signUp whether to take the page's sign-up choice (a {@code choose:} button reading "sign up")
     */
    private URI throughIdentity(Browser.Arrival arrival, boolean signUp) {
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            if (arrival instanceof Browser.Redirect redirect) {
                return redirect.location();
            }
            Page page = (Page) arrival;
            if (isBank(page.uri())) {
                throw new AssertionError("expected the identity service, ended on the bank: " + page);
            }
            requireNoErrors(page);
            Form form = page.form();
            Form.Button signUpChoice = form.button(button -> button.value().startsWith("choose:")
                    && (button.text() + button.value()).toLowerCase(Locale.ROOT).replace(" ", "").contains("signup"))
                    .orElse(null);
            if (signUp && signUpChoice != null) {
                arrival = browser.go(form, signUpChoice, this::isBank);
                signUp = false;
                continue;
            }
            Page answered = form.button(action("SendCode")::test).isPresent() ? verifyByCode(page) : page;
            form = fill(answered.form());
            arrival = browser.go(form, form.button(button -> button.value().equals("continue")).orElseThrow(
                    () -> new AssertionError("no continue button on " + answered)), this::isBank);
        }
        throw new AssertionError("still at the identity service after " + MAX_PAGES + " pages");
    }

    /** The display control's round: send a code, read it from the SMS (or the mail), enter it, verify it. */
    private Page verifyByCode(Page page) {
        int before = inbox.messages().size();
        Form form = fill(page.form());
        Form.Button send = form.button(action("SendCode")::test).orElseThrow();
        boolean byMail = send.value().toLowerCase(Locale.ROOT).startsWith("control:verified.");
        Page sent = browser.submit(form, send);
        requireNoErrors(sent);
        String code = byMail
                ? mailbox.apply(email).orElseThrow(() -> new AssertionError("no mailed code to " + email))
                : SmsInbox.code(inbox.newMessageAfter(before));
        form = fill(sent.form());
        Form.Field codeField = form.fields().stream()
                .filter(field -> field.editable() && isCode(field.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no code field on " + sent));
        form.set(codeField.name(), code);
        Page verified = browser.submit(form, form.button(action("VerifyCode")::test).orElseThrow(
                () -> new AssertionError("no VerifyCode button on " + sent)));
        requireNoErrors(verified);
        return verified;
    }

    /**
     * Types what this customer would into each empty field that a person can edit, and picks their country from a
     * country list (which always shows one); leaves codes alone.
     */
    private Form fill(Form form) {
        for (Form.Field field : form.fields()) {
            boolean countryList = field.type().equals("select") && COUNTRY.matcher(field.name()).matches();
            if (!field.editable() || (!form.value(field.name()).isEmpty() && !countryList) || isCode(field.name())) {
                continue;
            }
            if (field.type().equals("password")) {
                form.set(field.name(), password);
            } else if (field.type().equals("email") || EMAIL.matcher(field.name()).matches()) {
                form.set(field.name(), email);
            } else if (PHONE.matcher(field.name()).matches()) {
                form.set(field.name(), phone);
            } else if (COUNTRY.matcher(field.name()).matches()) {
                // The starter pack's phone entry asks for the country (ISO region) beside the number.
                form.set(field.name(), region());
            } else if (NAME.matcher(field.name()).matches()) {
                form.set(field.name(), name);
            }
        }
        alteration.accept(form);
        return form;
    }

    /** A one-time code's field; the starter pack's {@code countryCode} is not one. */
    private static boolean isCode(String fieldName) {
        return CODE.matcher(fieldName).matches() && !COUNTRY.matcher(fieldName).matches();
    }

    private String region() {
        try {
            PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
            return numbers.getRegionCodeForNumber(numbers.parse(phone, null));
        } catch (NumberParseException e) {
            throw new IllegalStateException("not an E.164 number: " + phone, e);
        }
    }

    private static Predicate<Form.Button> action(String controlAction) {
        return button -> button.name().equals("_action")
                && button.value().toLowerCase(Locale.ROOT).endsWith(":" + controlAction.toLowerCase(Locale.ROOT));
    }

    private static void requireNoErrors(Page page) {
        Element alert = page.document().selectFirst("[role=alert]");
        if (alert != null || page.status() >= 400) {
            throw new AssertionError("the identity service reports a problem: " + page);
        }
    }

    /** Stops the browser when it is sent back to the bank, once it has left it. */
    private Predicate<URI> backToBank(boolean alreadyLeft) {
        boolean[] left = {alreadyLeft};
        return location -> {
            if (!isBank(location)) {
                left[0] = true;
                return false;
            }
            return left[0];
        };
    }

    private boolean isBank(URI location) {
        return location.getHost() != null && location.getHost().equals(bank.getHost())
                && location.getPort() == bank.getPort();
    }
}
