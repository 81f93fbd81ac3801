package io.trustframe.bank.payments;

/** Where a payment stands. Only {@link #PENDING} can change, and only once. */
public enum PaymentState {
    /** Stored, waiting for the customer's step-up and confirmation. */
    PENDING,
    /** Paid: the account was debited exactly once. */
    EXECUTED,
    /** Refused: the step-up did not authorise exactly this payment, or the funds did not cover it. */
    REFUSED,
    /** Not stepped up and confirmed within the payment lifetime. */
    EXPIRED
}
