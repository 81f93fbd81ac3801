package io.trustframe.bank.web;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

import io.trustframe.bank.hint.PaymentHintIssuer;
import io.trustframe.bank.payments.Payment;

/**
 * Builds the authorization request that sends a customer to the step-up policy for one payment: Spring Security's
 * usual request (state, nonce, redirect URI) for the step-up registration, customised with the payment's signed
 * {@code id_token_hint}, and remembered in the session with the payment it is for.
 */
@Component
class StepUpRequests {

    /** The authorization request attribute naming the payment a step-up is for; the token is never trusted for it. */
    static final String PAYMENT_ATTRIBUTE = "trustframe.payment";

    private final OAuth2AuthorizationRequestResolver resolver;
    private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> pending;
    private final PaymentHintIssuer hints;

    StepUpRequests(OAuth2AuthorizationRequestResolver resolver,
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> pending, PaymentHintIssuer hints) {
        this.resolver = resolver;
        this.pending = pending;
        this.hints = hints;
    }

    /** Stores the step-up request for the payment and returns where to send the browser. */
    String start(Payment payment, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest base = resolver.resolve(request, Policies.STEP_UP.registrationId());
        OAuth2AuthorizationRequest.Builder builder = OAuth2AuthorizationRequest.from(base);
        withHint(hints.issue(payment.hint()), payment.id()).accept(builder);
        OAuth2AuthorizationRequest stepUp = builder.build();
        pending.saveAuthorizationRequest(stepUp, request, response);
        return stepUp.getAuthorizationRequestUri();
    }

    /** The customisation: the hint goes to the identity service, the payment id stays with the bank. */
    static Consumer<OAuth2AuthorizationRequest.Builder> withHint(String hint, String paymentId) {
        return builder -> builder
                .additionalParameters(parameters -> parameters.put("id_token_hint", hint))
                .attributes(attributes -> attributes.put(PAYMENT_ATTRIBUTE, paymentId));
    }
}
