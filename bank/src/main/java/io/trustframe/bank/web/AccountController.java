package io.trustframe.bank.web;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.trustframe.bank.payments.PaymentStore;

/** The account overview: balance, the account's own IBAN, and the payment history. */
@Controller
class AccountController {

    static final int HISTORY_LENGTH = 50;

    private final PaymentStore payments;
    private final Clock clock;

    AccountController(PaymentStore payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal OidcUser user, Model model) {
        Customer customer = Customer.of(user);
        model.addAttribute("customer", customer);
        model.addAttribute("account", payments.openAccount(customer.subject(), clock.instant()));
        payments.expireOverdue(customer.subject(), clock.instant());
        model.addAttribute("history", payments.history(customer.subject(), HISTORY_LENGTH));
        return "account";
    }
}
