package io.trustframe.engine.spi;

import java.util.Locale;

/**
 * Delivers the code of B2C's phone factor (PhoneFactorProtocolProvider) by text message: in Azure AD B2C the service
 * sends it itself; here the identity service does (through a Twilio-compatible Messages API).
 */
@FunctionalInterface
public interface VerificationSms {

    /** No way to send a text message: every send fails, so a phone-factor page says the code could not be sent. */
    VerificationSms UNAVAILABLE = (phoneNumber, code, culture) -> {
        throw new NotSent("no text-message sender is configured");
    };

    /**
     * @param phoneNumber E.164, e.g. {@code +447700900123}
     * @throws NotSent when the message could not be handed over for delivery
     */
    void send(String phoneNumber, String code, Locale culture);

    /** The message was not accepted for delivery (the reason is for the log, not for the user). */
    final class NotSent extends RuntimeException {
        public NotSent(String reason) {
            super(reason);
        }

        public NotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
