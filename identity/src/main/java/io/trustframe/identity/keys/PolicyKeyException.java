package io.trustframe.identity.keys;

/** A policy-key request that cannot be carried out. Messages name what is wrong, never secret material. */
public final class PolicyKeyException extends RuntimeException {

    public enum Reason {
        KEY_SET_NOT_FOUND, KEY_SET_EXISTS, INVALID_NAME, INVALID_KEY, INVALID_DATES, DUPLICATE_KEY
    }

    private final Reason reason;

    public PolicyKeyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
