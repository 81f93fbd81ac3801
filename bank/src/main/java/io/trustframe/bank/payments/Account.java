package io.trustframe.bank.payments;

import java.time.Instant;

/**
 * A customer's current account.
 *
 * @param customer the customer's subject at the identity service
 * @param iban     the account's own IBAN
 * @param balance  what is on it
 * @param openedAt when the customer first signed in
 */
public record Account(String customer, Iban iban, Money balance, Instant openedAt) {
}
