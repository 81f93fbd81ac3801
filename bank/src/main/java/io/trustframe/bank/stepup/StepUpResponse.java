package io.trustframe.bank.stepup;

import java.util.Optional;

import io.trustframe.bank.payments.Payment;

/**
 * A step-up that came back: the id_token the identity service issued, and what the bank knows independently of it.
 *
 * @param idToken  the compact JWT
 * @param customer the customer signed in to this session ({@code sub} of the sign-in token)
 * @param payment  the pending payment this step-up was started for, as stored
 * @param nonce    the nonce sent with the authorization request, when one was sent
 */
public record StepUpResponse(String idToken, String customer, Payment payment, Optional<String> nonce) {

    @Override
    public String toString() {
        // The token is a credential: keep it out of logs and exception messages.
        return "StepUpResponse[customer=" + customer + ", payment=" + payment.id() + "]";
    }
}
