package io.trustframe.verify.delivery;

/** An SMS could not be handed over; the message says why, without secrets. */
public final class DeliveryException extends Exception {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
