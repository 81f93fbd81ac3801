package io.trustframe.bank.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.trustframe.bank.BankProperties;
import io.trustframe.bank.payments.Payment;
import io.trustframe.bank.payments.PaymentState;
import io.trustframe.bank.payments.PaymentStore;
import io.trustframe.bank.stepup.IdentityUnavailableException;

/** Sending money: the form, the pending payment, and the way to its step-up. */
@Controller
class PaymentController {

    private final PaymentStore payments;
    private final StepUpRequests stepUps;
    private final BankProperties properties;
    private final Clock clock;

    PaymentController(PaymentStore payments, StepUpRequests stepUps, BankProperties properties, Clock clock) {
        this.payments = payments;
        this.stepUps = stepUps;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/payments/new")
    String form(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("customer", Customer.of(user));
        model.addAttribute("form", SendMoneyForm.empty(currency()));
        return "send";
    }

    /** Stores the payment as pending and sends the customer straight on to confirm it with a code. */
    @PostMapping("/payments")
    String send(@AuthenticationPrincipal OidcUser user, @ModelAttribute SendMoneyForm form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Customer customer = Customer.of(user);
        SendMoneyForm.Validated validated = form.validate(customer.subject(), currency());
        if (validated instanceof SendMoneyForm.Validated.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("customer", customer);
            model.addAttribute("form", form);
            model.addAttribute("errors", invalid.errors());
            return "send";
        }
        Instant now = clock.instant();
        payments.openAccount(customer.subject(), now);
        Payment payment = payments.create(((SendMoneyForm.Validated.Valid) validated).payment(), now,
                now.plus(properties.paymentLifetime()));
        return stepUp(payment, customer, model, request, response);
    }

    /** A pending payment, or the result of one that is no longer pending. */
    @GetMapping("/payments/{id}")
    String payment(@AuthenticationPrincipal OidcUser user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        Customer customer = Customer.of(user);
        Optional<Payment> payment = own(id, customer);
        if (payment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("customer", customer);
            return "payment-not-found";
        }
        model.addAttribute("customer", customer);
        model.addAttribute("payment", payment.get());
        model.addAttribute("expired", payment.get().isExpiredAt(clock.instant()));
        return payment.get().state() == PaymentState.PENDING ? "payment" : "result";
    }

    /** Starts (again) the step-up of a pending payment, e.g. after the customer cancelled at the identity service. */
    @PostMapping("/payments/{id}/step-up")
    String startStepUp(@AuthenticationPrincipal OidcUser user, @PathVariable String id, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Customer customer = Customer.of(user);
        Optional<Payment> payment = own(id, customer)
                .filter(found -> found.state() == PaymentState.PENDING && !found.isExpiredAt(clock.instant()));
        if (payment.isEmpty()) {
            return "redirect:/payments/" + id;
        }
        if (payment.get().steppedUpAt().isPresent()) {
            // Already confirmed with a code: a second step-up could only be refused, and would close the payment.
            return "redirect:/payments/" + id + "/confirm";
        }
        return stepUp(payment.get(), customer, model, request, response);
    }

    private String stepUp(Payment payment, Customer customer, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return "redirect:" + stepUps.start(payment, request, response);
        } catch (IdentityUnavailableException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("customer", customer);
            model.addAttribute("payment", payment);
            model.addAttribute("expired", false);
            model.addAttribute("identityUnavailable", true);
            return "payment";
        }
    }

    private Optional<Payment> own(String id, Customer customer) {
        return payments.find(id).filter(payment -> payment.customer().equals(customer.subject()));
    }

    private Currency currency() {
        return Currency.getInstance(properties.currency());
    }
}
