package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTransformationsTest {

    @Test
    void convertPhoneNumberClaimToStringGivesTheE164Form() {
        assertThat(Invocation.of("ConvertPhoneNumberClaimToString")
                .claim("phoneNumber", ClaimValue.PhoneNumberValue.parse("+11234567890")).produced().value("phoneNumberString"))
                .contains(ClaimValue.of("+11234567890"));
    }

    @Test
    void convertStringToPhoneNumberClaimReadsANationalNumberOfTheGivenCountry() {
        assertThat(Invocation.of("ConvertStringToPhoneNumberClaim").claim("phoneNumberString", "033 456-7890")
                .claim("country", "DK").produced().value("outputClaim"))
                .contains(new ClaimValue.PhoneNumberValue("+450334567890"));
    }

    @Test
    void convertStringToPhoneNumberClaimReadsAnInternationalNumberWithoutCountry() {
        assertThat(Invocation.of("ConvertStringToPhoneNumberClaim").claim("phoneNumberString", "+1 (123) 456-7890")
                .out("outputClaim")).isEqualTo("+11234567890");
    }

    @Test
    void anUnreadableNumberIsTheUsersErrorWithTheInvalidPhoneNumberMessage() {
        TransformationResult.AssertionFailed failure = Invocation.of("ConvertStringToPhoneNumberClaim")
                .claim("phoneNumberString", "not a number").assertionFailed();
        assertThat(failure.metadataKey()).isEqualTo("UserMessageIfClaimsTransformationInvalidPhoneNumber");
        Invocation.of("ConvertStringToPhoneNumberClaim").claim("phoneNumberString", "4567890").assertionFailed();
    }

    @Test
    void nationalNumberAndIsoCountryCode() {
        Invocation split = Invocation.of("GetNationalNumberAndCountryCodeFromPhoneNumberString")
                .claim("phoneNumber", "+49 (123) 456-7890")
                .param("throwExceptionOnFailure", DataType.BOOLEAN, "false").param("countryCodeType", "ISO3166");
        assertThat(split.out("nationalNumber")).isEqualTo("1234567890");
        assertThat(split.out("countryCode")).isEqualTo("DE");
    }

    @Test
    void nationalNumberAndCallingCode() {
        Invocation split = Invocation.of("GetNationalNumberAndCountryCodeFromPhoneNumberString")
                .claim("phoneNumber", "+49 (123) 456-7890")
                .param("throwExceptionOnFailure", DataType.BOOLEAN, "false").param("countryCodeType", "CallingCode");
        assertThat(split.out("nationalNumber")).isEqualTo("1234567890");
        assertThat(split.out("countryCode")).isEqualTo("+49");
    }

    @Test
    void anInvalidNumberLeavesTheOutputsAloneUnlessToldToThrow() {
        assertThat(Invocation.of("GetNationalNumberAndCountryCodeFromPhoneNumberString").claim("phoneNumber", "0123 456")
                .param("throwExceptionOnFailure", DataType.BOOLEAN, "false").produced().values()).isEmpty();
        assertThat(Invocation.of("GetNationalNumberAndCountryCodeFromPhoneNumberString").claim("phoneNumber", "0123 456")
                .param("throwExceptionOnFailure", DataType.BOOLEAN, "true").assertionFailed().metadataKey())
                .isEqualTo("UserMessageIfPhoneNumberParseFailure");
    }
}
