package io.trustframe.bank.stepup;

/** The identity service's metadata for a policy could not be read: it is down, not deployed yet, or answers nonsense. */
public final class IdentityUnavailableException extends RuntimeException {

    IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
