package io.trustframe.launcher.admin;

/**
 * The identity service refused an admin request, or could not be reached. The message is the service's own error
 * message (all its lines: a refused policy upload lists every validator error), never a credential.
 */
public final class AdminApiException extends RuntimeException {

    public AdminApiException(String message) {
        super(message);
    }
}
