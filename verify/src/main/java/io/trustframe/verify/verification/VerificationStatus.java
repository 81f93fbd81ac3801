package io.trustframe.verify.verification;

import java.util.Locale;

/** A verification's {@code status}, as Twilio spells it. */
public enum VerificationStatus {
    PENDING, APPROVED, CANCELED, MAX_ATTEMPTS_REACHED, EXPIRED, FAILED, DELETED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VerificationStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
