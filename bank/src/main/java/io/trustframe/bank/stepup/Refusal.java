package io.trustframe.bank.stepup;

/** Why a step-up did not authorise the payment; each has the sentence the customer reads on the refusal page. */
public enum Refusal {
    /** Not a token of the identity service for this bank: bad signature, issuer, audience, lifetime or nonce. */
    INVALID_TOKEN("The confirmation from the sign-in service could not be verified."),
    /** A token the bank accepted before (PSD2 RTS Art. 4: an authentication code is used once). */
    TOKEN_REPLAYED("This confirmation was already used and cannot authorise another payment."),
    /** Issued by another policy than the step-up policy, e.g. a plain sign-in token. */
    WRONG_POLICY("The confirmation did not come from the payment confirmation step."),
    /** Issued to another customer than the one signed in, or the payment is not this customer's. */
    WRONG_CUSTOMER("The confirmation was made by another customer than the one signed in."),
    /** Amount, payee or account differ from the pending payment (PSD2 RTS Art. 5: dynamic linking). */
    PAYMENT_MISMATCH("The amount, payee or account you confirmed do not match this payment."),
    /** Already executed, refused or expired. */
    PAYMENT_NOT_PENDING("This payment is no longer waiting for confirmation."),
    /** The payment's lifetime ran out before the confirmation came back. */
    PAYMENT_EXPIRED("This payment expired before it was confirmed."),
    /** The identity service's metadata or keys could not be read; nothing could be checked. */
    IDENTITY_UNAVAILABLE("The sign-in service could not be reached to check the confirmation.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    /** What the customer is told; it never reveals token contents. */
    public String message() {
        return message;
    }
}
