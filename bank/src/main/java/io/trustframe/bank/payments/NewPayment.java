package io.trustframe.bank.payments;

/**
 * A payment as the customer entered it, already validated.
 *
 * @param customer  who pays
 * @param payee     the payee's name
 * @param account   the payee's account
 * @param amount    how much
 * @param reference the reference for the payee (may be empty)
 */
public record NewPayment(String customer, String payee, PayeeAccount account, Money amount, String reference) {
}
