package io.trustframe.bank.payments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts and payments. Every change of a payment's state is conditional on it still being pending. */
public interface PaymentStore {

    /** The customer's account, opened with the opening balance the first time the customer is seen. */
    Account openAccount(String customer, Instant now);

    Optional<Account> account(String customer);

    /** Stores a new pending payment that expires at {@code expiresAt}. */
    Payment create(NewPayment payment, Instant now, Instant expiresAt);

    Optional<Payment> find(String id);

    /** The customer's payments, newest first. */
    List<Payment> history(String customer, int limit);

    /** Whether a step-up token with this id was accepted before, for any payment. */
    boolean isStepUpTokenUsed(String tokenId);

    /**
     * Records that a step-up token authorised a pending payment, with the terms it carried. Returns false, changing
     * nothing, when the token was used before (a replay) or the payment is no longer waiting for a step-up.
     */
    boolean recordStepUp(String paymentId, String tokenId, AuthorizedTerms terms, Instant now);

    /** Pays a pending, stepped-up, unexpired payment of this customer, at most once however often it is called. */
    Execution execute(String paymentId, String customer, Instant now);

    /**
     * Marks the customer's pending payments whose lifetime ran out as {@link PaymentState#EXPIRED}, so that the history
     * says what happened to them. Returns how many.
     */
    int expireOverdue(String customer, Instant now);

    /**
     * Ends a pending payment as {@link PaymentState#REFUSED} or {@link PaymentState#EXPIRED} with a reason code.
     * Returns false when it was no longer pending.
     */
    boolean close(String paymentId, PaymentState state, String reason, Instant now);
}
