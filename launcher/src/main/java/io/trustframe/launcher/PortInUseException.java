package io.trustframe.launcher;

/** A service's port is taken by another program; the launcher reports it in one line. */
final class PortInUseException extends RuntimeException {

    PortInUseException(Service service, int port) {
        super("port " + port + " (" + service.serviceName() + ") is already in use; choose another with --"
                + service.serviceName() + "-port or " + service.portVariable());
    }
}
