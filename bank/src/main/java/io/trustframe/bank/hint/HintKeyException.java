package io.trustframe.bank.hint;

/** The hint signing key cannot be used as configured; the bank does not start. */
public final class HintKeyException extends IllegalStateException {

    HintKeyException(String message) {
        super(message);
    }

    HintKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
