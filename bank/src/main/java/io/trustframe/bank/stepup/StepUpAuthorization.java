package io.trustframe.bank.stepup;

/**
 * What an accepted step-up token authorised, as the token carries it.
 *
 * @param paymentId     the payment
 * @param tokenId       the token's id for replay detection (see {@link StepUpTokenVerifier#tokenId})
 * @param customer      the token's {@code sub}
 * @param amount        the token's {@code amount}
 * @param payee         the token's {@code payee}
 * @param accountNumber the token's {@code accountnumber}
 */
public record StepUpAuthorization(String paymentId, String tokenId, String customer, String amount, String payee,
        String accountNumber) {
}
