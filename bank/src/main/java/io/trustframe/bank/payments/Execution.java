package io.trustframe.bank.payments;

/** What came of asking to execute a payment. */
public sealed interface Execution {

    /** This call paid it: the account was debited now. */
    record Executed(Payment payment) implements Execution {
    }

    /** It had been paid before (a double submit, a second tab): nothing was debited again. */
    record AlreadyExecuted(Payment payment) implements Execution {
    }

    /** It cannot be paid: unknown, someone else's, not stepped up, refused, expired or not covered. */
    record NotExecuted(Reason reason) implements Execution {
    }

    enum Reason { UNKNOWN_PAYMENT, NOT_STEPPED_UP, REFUSED, EXPIRED, INSUFFICIENT_FUNDS }
}
