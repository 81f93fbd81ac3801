package io.trustframe.identity.apps;

public final class AppRegistrationException extends RuntimeException {

    public enum Reason {
        APPLICATION_NOT_FOUND, SECRET_NOT_FOUND, INVALID_VALUE
    }

    private final Reason reason;

    public AppRegistrationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
