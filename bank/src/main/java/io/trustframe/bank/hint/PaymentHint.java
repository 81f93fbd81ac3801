package io.trustframe.bank.hint;

import java.time.Instant;
import java.util.Objects;

/**
 * What one id_token_hint tells the step-up policy about one pending payment (PSD2 RTS Art. 5: the amount and payee
 * the customer is about to authorise). The claim names are those the walkthrough's step-up policy reads
 * ({@code amount}, {@code payee}) plus the account the money goes to.
 *
 * @param paymentId     the pending payment, the hint's {@code jti}: one hint per payment
 * @param customer      the signed-in customer ({@code sub}), as the identity service named them at sign-in
 * @param amount        the amount as shown to the customer and bound to the code, e.g. {@code EUR 50.00}
 * @param payee         the payee's name
 * @param accountNumber the payee's account number or IBAN
 * @param notAfter      when the payment expires: the hint never outlives it
 */
public record PaymentHint(String paymentId, String customer, String amount, String payee, String accountNumber,
        Instant notAfter) {

    public PaymentHint {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    public static final String AMOUNT = "amount";
    public static final String PAYEE = "payee";
    public static final String ACCOUNT_NUMBER = "accountnumber";
}
