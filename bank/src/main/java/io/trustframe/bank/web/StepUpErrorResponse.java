package io.trustframe.bank.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error response at the step-up redirect URI (RFC 6749 4.1.2.1) as B2C sends it: {@code error=access_denied} and an
 * {@code error_description} that starts with an AADB2C code, e.g. {@code AADB2C90208: The provided id_token_hint …}.
 * Anyone can put any description into that address, so the bank keeps only a code of B2C's form and tells the
 * customer in its own words.
 *
 * @param code the AADB2C code the description starts with, if it starts with one
 */
record StepUpErrorResponse(Optional<String> code) {

    private static final Pattern CODE = Pattern.compile("^(AADB2C\\d{5})(?![0-9A-Za-z])");
    /** B2C's answer when the id_token_hint is not valid: bad signature, expired, wrong audience or issuer. */
    static final String INVALID_HINT = "AADB2C90208";

    static StepUpErrorResponse parse(String description) {
        Matcher matcher = CODE.matcher(description == null ? "" : description.strip());
        return new StepUpErrorResponse(matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty());
    }

    /**
     * The customer stopped rather than the service refusing: "Cancel" (AADB2C90091) or "Forgot your password?"
     * (AADB2C90118) on a page of the step-up policy.
     */
    boolean customerStopped() {
        return code.filter(c -> c.equals(SignInFailures.CANCELLED) || c.equals(SignInFailures.FORGOT_PASSWORD))
                .isPresent();
    }

    /** Our sentence for a code we know, for the customer; empty for any other code. */
    Optional<String> explanation() {
        return code.filter(INVALID_HINT::equals)
                .map(c -> "It could not verify the payment details the bank sent, or they had expired.");
    }
}
