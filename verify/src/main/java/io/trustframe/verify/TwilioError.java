package io.trustframe.verify;

/**
 * The Twilio error codes this service answers with, each with the HTTP status and default message Twilio documents
 * for it (https://www.twilio.com/docs/api/errors). {@code api.TwilioErrorResponses} turns them into response bodies.
 */
public enum TwilioError {
    AUTHENTICATION_FAILED(20003, 401, "Authenticate"),
    NOT_FOUND(20404, 404, "The requested resource was not found"),
    METHOD_NOT_ALLOWED(20004, 405, "Method not allowed"),
    INTERNAL_ERROR(20500, 500, "An internal server error has occurred"),

    INVALID_PARAMETER(60200, 400, "Invalid parameter"),
    MAX_CHECK_ATTEMPTS(60202, 429, "Max check attempts reached"),
    MAX_SEND_ATTEMPTS(60203, 429, "Max send attempts reached"),
    FEATURE_NOT_ENABLED(60204, 403, "Service does not support this feature"),
    SMS_TO_LANDLINE(60205, 403, "SMS is not supported by landline phone number"),
    PSD2_PARAMETERS_REQUIRED(60206, 400, "'Amount' & 'Payee' params are required"),
    CONCURRENT_REQUESTS(60212, 429, "Too many concurrent requests for phone number"),
    CALL_CHANNEL_WITH_PSD2(60214, 400, "Call channel is not supported when using PSD2"),
    CHANNEL_DISABLED(60223, 400, "Delivery channel disabled"),
    // Delivery failures answer 502, not 503: HTTP clients (Apache HttpClient inside the SDK) retry 503 on their own.
    VERIFICATION_DELIVERY_FAILED(60005, 502, "Downstream Carrier Error"),

    INVALID_TO_NUMBER(21211, 400, "Invalid 'To' Phone Number"),
    INVALID_FROM_NUMBER(21212, 400, "Invalid 'From' Number"),
    BODY_REQUIRED(21602, 400, "Message body is required"),
    FROM_REQUIRED(21603, 400, "A 'From' or 'MessagingServiceSid' parameter is required to send a message"),
    TO_REQUIRED(21604, 400, "A 'To' phone number is required"),
    FROM_NOT_MESSAGE_CAPABLE(21606, 400, "The 'From' phone number provided is not a valid message-capable Twilio "
            + "phone number for this destination."),
    BODY_TOO_LONG(21617, 400, "The concatenated message body exceeds the 1600 character limit"),
    INVALID_MESSAGING_SERVICE_SID(21701, 400, "The Messaging Service Sid is invalid"),
    MESSAGE_DELIVERY_FAILED(30008, 502, "Unknown error");

    private final int code;
    private final int httpStatus;
    private final String defaultMessage;

    TwilioError(int code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** Twilio's documentation page for the code, as its {@code more_info} field names it. */
    public String moreInfo() {
        return "https://www.twilio.com/docs/errors/" + code;
    }

    public TwilioException exception() {
        return new TwilioException(this, defaultMessage);
    }

    public TwilioException exception(String message) {
        return new TwilioException(this, message);
    }

    /** Verify's 60200 names the parameter, e.g. {@code Invalid parameter: To}. */
    public static TwilioException invalidParameter(String name) {
        return new TwilioException(INVALID_PARAMETER, "Invalid parameter: " + name);
    }
}
