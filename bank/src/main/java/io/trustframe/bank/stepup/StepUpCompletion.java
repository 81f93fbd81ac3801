package io.trustframe.bank.stepup;

import java.time.Clock;

import io.trustframe.bank.payments.AuthorizedTerms;
import io.trustframe.bank.payments.PaymentState;
import io.trustframe.bank.payments.PaymentStore;

/**
 * Completes a step-up: decides with {@link StepUpTokenVerifier}, then records the outcome on the payment. An accepted
 * token is recorded as used in the same step that marks the payment stepped up, so two requests with one token
 * cannot both succeed. A refused step-up closes the customer's pending payment: the customer starts over with a new
 * payment and a new code.
 */
public final class StepUpCompletion {

    private final StepUpTokenVerifier verifier;
    private final PaymentStore payments;
    private final Clock clock;

    public StepUpCompletion(StepUpTokenVerifier verifier, PaymentStore payments, Clock clock) {
        this.verifier = verifier;
        this.payments = payments;
        this.clock = clock;
    }

    public StepUpDecision complete(StepUpResponse response) {
        StepUpDecision decision = verifier.verify(response);
        if (decision instanceof StepUpDecision.Accepted accepted) {
            StepUpAuthorization authorization = accepted.authorization();
            AuthorizedTerms terms = new AuthorizedTerms(authorization.amount(), authorization.payee(),
                    authorization.accountNumber());
            if (payments.recordStepUp(authorization.paymentId(), authorization.tokenId(), terms, clock.instant())) {
                return decision;
            }
            // Lost a race with another request: either the token or the payment was used in the meantime.
            decision = new StepUpDecision.Refused(payments.isStepUpTokenUsed(authorization.tokenId())
                    ? Refusal.TOKEN_REPLAYED : Refusal.PAYMENT_NOT_PENDING);
        }
        Refusal reason = ((StepUpDecision.Refused) decision).reason();
        boolean customersOwnPayment = response.payment().customer().equals(response.customer());
        // Unreachable identity says nothing about the payment; the customer may try again until it expires.
        if (customersOwnPayment && reason != Refusal.IDENTITY_UNAVAILABLE) {
            payments.close(response.payment().id(),
                    reason == Refusal.PAYMENT_EXPIRED ? PaymentState.EXPIRED : PaymentState.REFUSED,
                    reason.name(), clock.instant());
        }
        return decision;
    }
}
