package io.trustframe.verify.delivery;

/**
 * How SMS leave the service: {@code outbox} (stored, readable at /outbox), {@code twilio} (relayed through the real
 * Twilio) or {@code log}. A sender either delivers or throws; callers roll back whatever the SMS belonged to.
 */
public interface SmsSender {

    void send(Sms sms) throws DeliveryException;
}
