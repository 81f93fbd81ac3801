package io.trustframe.bank.payments;

import java.time.Instant;
import java.util.Optional;

import io.trustframe.bank.hint.PaymentHint;

/**
 * A payment a signed-in customer started.
 *
 * @param id          random, unguessable; also the {@code jti} of its id_token_hint
 * @param customer    the customer's subject at the identity service
 * @param payee       the payee's name
 * @param account     the payee's account
 * @param amount      how much
 * @param reference   the customer's reference for the payee (may be empty)
 * @param state       where it stands
 * @param createdAt   when it was started
 * @param expiresAt   when it expires unless executed
 * @param steppedUpAt when a step-up token for exactly this payment was accepted; empty until then
 * @param authorized  what that token carried; present exactly when {@code steppedUpAt} is
 * @param closedAt    when it left {@link PaymentState#PENDING}
 * @param refusal     why it was refused or expired, as a code
 */
public record Payment(String id, String customer, String payee, PayeeAccount account, Money amount, String reference,
        PaymentState state, Instant createdAt, Instant expiresAt, Optional<Instant> steppedUpAt,
        Optional<AuthorizedTerms> authorized, Optional<Instant> closedAt, Optional<String> refusal) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** What the step-up policy must show and bind the code to. */
    public PaymentHint hint() {
        return new PaymentHint(id, customer, amount.toClaim(), payee, account.value(), expiresAt);
    }
}
