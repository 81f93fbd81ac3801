package io.trustframe.verify;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as Twilio takes them: E.164 with the leading {@code +}, checked against libphonenumber's metadata. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** What Twilio Lookup would report as the line type; Verify echoes it under {@code lookup.carrier.type}. */
    public enum LineType { MOBILE, LANDLINE, VOIP, UNKNOWN }

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 form, or empty when it is not a valid number written with its country code. Twilio
     * requires the {@code +}, so no default region is assumed.
     */
    public static Optional<String> e164(String raw) {
        if (raw == null || !raw.strip().startsWith("+")) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), null);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The line type of a number already in E.164 form. */
    public static LineType lineType(String e164) {
        try {
            return switch (UTIL.getNumberType(UTIL.parse(e164, null))) {
                case MOBILE, FIXED_LINE_OR_MOBILE, PAGER -> LineType.MOBILE;
                case FIXED_LINE -> LineType.LANDLINE;
                case VOIP, PERSONAL_NUMBER -> LineType.VOIP;
                default -> LineType.UNKNOWN;
            };
        } catch (NumberParseException e) {
            return LineType.UNKNOWN;
        }
    }
}
