package io.trustframe.bank.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.trustframe.bank.payments.Execution;
import io.trustframe.bank.payments.Payment;
import io.trustframe.bank.payments.PaymentState;
import io.trustframe.bank.payments.PaymentStore;
import io.trustframe.bank.stepup.IdentityUnavailableException;
import io.trustframe.bank.stepup.Refusal;
import io.trustframe.bank.stepup.StepUpAuthorization;
import io.trustframe.bank.stepup.StepUpCompletion;
import io.trustframe.bank.stepup.StepUpDecision;
import io.trustframe.bank.stepup.StepUpResponse;

/**
 * The return from the step-up policy, the confirm page and the execution. The step-up response is not handled by
 * Spring Security's login filter: that would replace the customer's sign-in with the step-up token, and the bank
 * wants to check the step-up token against the session's customer instead.
 */
@Controller
class StepUpController {

    private static final Logger log = LoggerFactory.getLogger(StepUpController.class);

    private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> pending;
    private final ClientRegistrationRepository registrations;
    private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokens;
    private final StepUpCompletion completion;
    private final PaymentStore payments;
    private final Clock clock;

    StepUpController(AuthorizationRequestRepository<OAuth2AuthorizationRequest> pending,
            ClientRegistrationRepository registrations,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokens,
            StepUpCompletion completion, PaymentStore payments, Clock clock) {
        this.pending = pending;
        this.registrations = registrations;
        this.tokens = tokens;
        this.completion = completion;
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/payments/step-up")
    String stepUpReturned(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String error,
            @RequestParam(name = "error_description", required = false) String errorDescription, Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Customer customer = Customer.of(user);
        model.addAttribute("customer", customer);
        // Removing it makes the state single-use: the same response cannot be played twice.
        OAuth2AuthorizationRequest authorizationRequest = pending.removeAuthorizationRequest(request, response);
        Object paymentId = authorizationRequest == null ? null
                : authorizationRequest.getAttributes().get(StepUpRequests.PAYMENT_ATTRIBUTE);
        Optional<Payment> payment = paymentId == null ? Optional.empty() : payments.find(paymentId.toString());
        if (payment.isEmpty()) {
            return refused(model, response, Refusal.INVALID_TOKEN, null);
        }
        if (error != null || code == null) {
            // Cancelled, or refused by the identity service (B2C: error=access_denied with an AADB2C code, e.g.
            // AADB2C90208 for an edited or expired id_token_hint). Nothing was authorised; the payment stays pending,
            // so the customer may ask for a new confirmation (with a new hint) while the payment lasts.
            if (payment.get().state() != PaymentState.PENDING) {
                return "redirect:/payments/" + payment.get().id();
            }
            StepUpErrorResponse answer = StepUpErrorResponse.parse(errorDescription);
            model.addAttribute("payment", payment.get());
            model.addAttribute("expired", payment.get().isExpiredAt(clock.instant()));
            if (answer.customerStopped() || error == null) {
                model.addAttribute("notConfirmed", true);
            } else {
                log.warn("the identity service refused the step-up for payment {}: {} {}", payment.get().id(), error,
                        answer.code().orElse("(no AADB2C code)"));
                response.setStatus(HttpStatus.FORBIDDEN.value());
                model.addAttribute("identityRefused", true);
                model.addAttribute("refusalCode", answer.code().orElse(null));
                model.addAttribute("refusalExplanation", answer.explanation().orElse(null));
            }
            return "payment";
        }
        String idToken;
        try {
            idToken = redeem(code, authorizationRequest);
        } catch (OAuth2AuthorizationException e) {
            log.warn("step-up code for payment {} could not be redeemed: {}", payment.get().id(), e.getMessage());
            // invalid_grant is an answer, not an outage (RFC 6749 5.2): the identity service refused the code as used,
            // expired, issued by another policy or to another request (PKCE). Nothing came back to check, so the
            // payment stays pending; anything else (no answer, no id_token) means the service could not be used.
            return refused(model, response, isRefusedCode(e) ? Refusal.INVALID_TOKEN : Refusal.IDENTITY_UNAVAILABLE,
                    payment.get());
        } catch (IdentityUnavailableException e) {
            log.warn("step-up code for payment {} could not be redeemed: {}", payment.get().id(), e.getMessage());
            return refused(model, response, Refusal.IDENTITY_UNAVAILABLE, payment.get());
        }
        Optional<String> nonce = Optional.ofNullable(
                (String) authorizationRequest.getAdditionalParameters().get(OidcParameterNames.NONCE));
        StepUpDecision decision = completion.complete(
                new StepUpResponse(idToken, customer.subject(), payment.get(), nonce));
        if (decision instanceof StepUpDecision.Refused refused) {
            return refused(model, response, refused.reason(), payments.find(payment.get().id()).orElseThrow());
        }
        StepUpAuthorization authorization = ((StepUpDecision.Accepted) decision).authorization();
        return "redirect:/payments/" + authorization.paymentId() + "/confirm";
    }

    /** Shows what the step-up token authorised, for the customer's final yes. */
    @GetMapping("/payments/{id}/confirm")
    String confirm(@AuthenticationPrincipal OidcUser user, @PathVariable String id, Model model) {
        Customer customer = Customer.of(user);
        Optional<Payment> payment = payments.find(id).filter(found -> found.customer().equals(customer.subject()));
        if (payment.isEmpty() || payment.get().state() != PaymentState.PENDING
                || payment.get().authorized().isEmpty()) {
            return "redirect:/payments/" + id;
        }
        model.addAttribute("customer", customer);
        model.addAttribute("payment", payment.get());
        model.addAttribute("authorization", payment.get().authorized().get());
        return "confirm";
    }

    /** Pays. Submitting twice (double click, back button, second tab) shows the same result and pays once. */
    @PostMapping("/payments/{id}/execute")
    String execute(@AuthenticationPrincipal OidcUser user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        Customer customer = Customer.of(user);
        model.addAttribute("customer", customer);
        Execution execution = payments.execute(id, customer.subject(), clock.instant());
        if (execution instanceof Execution.NotExecuted notExecuted) {
            Payment payment = payments.find(id).filter(found -> found.customer().equals(customer.subject()))
                    .orElse(null);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("message", notPaid(notExecuted.reason()));
            model.addAttribute("payment", payment);
            return "refused";
        }
        return "redirect:/payments/" + id;
    }

    private String redeem(String code, OAuth2AuthorizationRequest authorizationRequest) {
        ClientRegistration registration = registrations.findByRegistrationId(Policies.STEP_UP.registrationId());
        OAuth2AuthorizationResponse authorizationResponse = OAuth2AuthorizationResponse.success(code)
                .redirectUri(authorizationRequest.getRedirectUri())
                .state(authorizationRequest.getState())
                .build();
        OAuth2AccessTokenResponse tokenResponse = tokens.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(
                registration, new OAuth2AuthorizationExchange(authorizationRequest, authorizationResponse)));
        Object idToken = tokenResponse.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN);
        if (!(idToken instanceof String token)) {
            throw new OAuth2AuthorizationException(
                    new OAuth2Error("invalid_token_response", "the token response has no id_token", null));
        }
        return token;
    }

    private static boolean isRefusedCode(OAuth2AuthorizationException e) {
        return OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode());
    }

    /** Why a confirmed payment was not paid, for the customer. */
    static String notPaid(Execution.Reason reason) {
        return switch (reason) {
            case UNKNOWN_PAYMENT -> "There is no such payment on your account.";
            case NOT_STEPPED_UP -> "This payment has not been confirmed with a code yet.";
            case REFUSED -> "This payment was refused.";
            case EXPIRED -> Refusal.PAYMENT_EXPIRED.message();
            case INSUFFICIENT_FUNDS -> "Your balance does not cover this payment.";
        };
    }

    private static String refused(Model model, HttpServletResponse response, Refusal reason, Payment payment) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", reason.message());
        model.addAttribute("payment", payment);
        return "refused";
    }
}
