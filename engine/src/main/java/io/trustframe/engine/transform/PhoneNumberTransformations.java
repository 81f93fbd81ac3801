package io.trustframe.engine.transform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.trustframe.engine.claims.ClaimValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.PHONE_NUMBER;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "Phone number claims transformations" reference page, parsing with libphonenumber. */
final class PhoneNumberTransformations {

    private static final String FAMILY = "PhoneNumber";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumberTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("ConvertPhoneNumberClaimToString", FAMILY)
                        .inputClaim("phoneNumber", PHONE_NUMBER)
                        .outputClaim("phoneNumberString", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("phoneNumberString",
                                ClaimValue.of(in.requiredClaim("phoneNumber").asString()))),
                RegisteredMethod.of(method("ConvertStringToPhoneNumberClaim", FAMILY)
                        .inputClaim("phoneNumberString", STRING)
                        .optionalInputClaim("country", STRING)
                        .outputClaim("outputClaim", PHONE_NUMBER)
                        .userMessageMetadataKey("UserMessageIfClaimsTransformationInvalidPhoneNumber"),
                        PhoneNumberTransformations::convertStringToPhoneNumberClaim),
                RegisteredMethod.of(method("GetNationalNumberAndCountryCodeFromPhoneNumberString", FAMILY)
                        .inputClaim("phoneNumber", STRING)
                        .optionalParameter("throwExceptionOnFailure", BOOLEAN)
                        .optionalParameter("countryCodeType", STRING)
                        .outputClaim("nationalNumber", STRING)
                        .outputClaim("countryCode", STRING)
                        .userMessageMetadataKey("UserMessageIfPhoneNumberParseFailure"),
                        PhoneNumberTransformations::getNationalNumberAndCountryCode));
    }

    /**
     * Without a country the number must be international (leading + and calling code); with an ISO 3166 country it is
     * read as a national number of that country. The result is E.164. A number libphonenumber cannot read is the
     * user's error, shown through the self-asserted profile's UserMessageIfClaimsTransformationInvalidPhoneNumber.
     * Like B2C's documented example (+450334567890 from "033 456-7890" in DK), readability is checked, not whether the
     * number is assigned in the numbering plan.
     */
    private static TransformationResult convertStringToPhoneNumberClaim(TransformationInput in, TransformationContext ctx) {
        String text = in.requiredClaim("phoneNumberString").asString();
        String region = in.claim("country").map(v -> v.asString().trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).orElse("ZZ");
        return parse(text, region)
                .<TransformationResult>map(number -> TransformationResult.Produced.of("outputClaim",
                        new ClaimValue.PhoneNumberValue(PHONES.format(number, PhoneNumberFormat.E164))))
                .orElseGet(() -> new TransformationResult.AssertionFailed("ConvertStringToPhoneNumberClaim",
                        "UserMessageIfClaimsTransformationInvalidPhoneNumber", "The phone number provided is not valid."));
    }

    /**
     * Splits an international number into national number and country code (CallingCode "+49" by default, or
     * ISO3166 "DE"). An unreadable number fails only with throwExceptionOnFailure=true; otherwise the outputs keep
     * their values (documented: "the phone number still has its original value").
     */
    private static TransformationResult getNationalNumberAndCountryCode(TransformationInput in, TransformationContext ctx) {
        String text = in.requiredClaim("phoneNumber").asString();
        Optional<PhoneNumber> parsed = parse(text, "ZZ");
        if (parsed.isEmpty()) {
            return in.booleanParameter("throwExceptionOnFailure", false)
                    ? new TransformationResult.AssertionFailed("GetNationalNumberAndCountryCodeFromPhoneNumberString",
                            "UserMessageIfPhoneNumberParseFailure", "The phone number provided is not valid.")
                    : TransformationResult.Produced.nothing();
        }
        PhoneNumber number = parsed.get();
        String type = in.parameterValue("countryCodeType").orElse("CallingCode").trim();
        String countryCode;
        if (type.equalsIgnoreCase("ISO3166")) {
            countryCode = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
        } else if (type.equalsIgnoreCase("CallingCode")) {
            countryCode = "+" + number.getCountryCode();
        } else {
            throw new TransformationException("countryCodeType must be CallingCode or ISO3166, not '" + type + "'");
        }
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        values.put("nationalNumber", ClaimValue.of(PHONES.getNationalSignificantNumber(number)));
        values.put("countryCode", ClaimValue.of(countryCode));
        return new TransformationResult.Produced(values, Set.of());
    }

    private static Optional<PhoneNumber> parse(String text, String region) {
        if (region.equals("ZZ") && !text.trim().startsWith("+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PHONES.parse(text, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
