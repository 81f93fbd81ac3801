package io.trustframe.bank.payments;

/**
 * The terms a customer authorised with strong customer authentication, exactly as the step-up token carried them
 * (PSD2 RTS Art. 5: the payer is made aware of the amount and the payee). The confirm page shows these, not what was
 * typed into the form.
 *
 * @param amount        the token's {@code amount}, e.g. {@code EUR 50.00}
 * @param payee         the token's {@code payee}
 * @param accountNumber the token's {@code accountnumber}
 */
public record AuthorizedTerms(String amount, String payee, String accountNumber) {
}
