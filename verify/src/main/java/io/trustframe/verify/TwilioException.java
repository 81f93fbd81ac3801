package io.trustframe.verify;

/** A request that Twilio would refuse with {@link #error()}; the message is what the response body says. */
public final class TwilioException extends RuntimeException {

    private final TwilioError error;

    public TwilioException(TwilioError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public TwilioError error() {
        return error;
    }
}
