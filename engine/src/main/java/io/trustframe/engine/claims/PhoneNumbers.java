package io.trustframe.engine.claims;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Optional;

/** Reads phone numbers with libphonenumber, the way phoneNumber claims are normalised to E.164. */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    static Optional<ClaimValue.PhoneNumberValue> parseInternational(String text) {
        if (text == null || !text.trim().startsWith("+")) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, "ZZ");
            return Optional.of(new ClaimValue.PhoneNumberValue(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException | ClaimValueFormatException e) {
            return Optional.empty();
        }
    }
}
