package io.trustframe.identity.directory;

/** A directory request that cannot be carried out. Messages never contain passwords. */
public final class DirectoryException extends RuntimeException {

    public enum Reason {
        /** Another user of the tenant has one of the identities. */
        IDENTITY_EXISTS,
        /** A property value is not acceptable; the message names the property. */
        INVALID_VALUE,
        /** The password does not meet the password policy. */
        PASSWORD_TOO_WEAK,
        USER_NOT_FOUND
    }

    private final Reason reason;

    public DirectoryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
