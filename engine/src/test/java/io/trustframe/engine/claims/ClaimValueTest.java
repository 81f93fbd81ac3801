package io.trustframe.engine.claims;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimValueTest {

    @Test
    void dataTypeNamesAreReadWithoutRegardToCase() {
        assertThat(DataType.fromSchemaName("DateTime")).contains(DataType.DATE_TIME);
        assertThat(DataType.fromSchemaName("stringcollection")).contains(DataType.STRING_COLLECTION);
        assertThat(DataType.fromSchemaName("alternativeSecurityIdCollection")).contains(DataType.ALTERNATIVE_SECURITY_ID_COLLECTION);
        assertThat(DataType.fromSchemaName("decimal")).isEmpty();
        assertThat(DataType.DATE_TIME.schemaName()).isEqualTo("dateTime");
    }

    @Test
    void booleansReadLikeDotNet() {
        assertThat(ClaimValue.parse(DataType.BOOLEAN, " True ")).isEqualTo(ClaimValue.of(true));
        assertThat(ClaimValue.of(false).asString()).isEqualTo("false");
        assertThatThrownBy(() -> ClaimValue.parse(DataType.BOOLEAN, "yes")).isInstanceOf(ClaimValueFormatException.class);
    }

    @Test
    void integersKeepTheirRange() {
        assertThat(ClaimValue.parse(DataType.INT, "42")).isEqualTo(new ClaimValue.IntValue(42));
        assertThatThrownBy(() -> ClaimValue.parse(DataType.INT, "3000000000")).isInstanceOf(ClaimValueFormatException.class);
        assertThat(ClaimValue.parse(DataType.LONG, "3000000000").asString()).isEqualTo("3000000000");
    }

    @Test
    void dateTimesAreWrittenWithSevenFractionDigitsInUtc() {
        assertThat(ClaimValue.parse(DataType.DATE_TIME, "2022-01-03T12:34:22+01:00").asString())
                .isEqualTo("2022-01-03T11:34:22.0000000Z");
        assertThat(ClaimValue.parse(DataType.DATE_TIME, "2018-01-01T00:00:00.100000Z").asString())
                .isEqualTo("2018-01-01T00:00:00.1000000Z");
    }

    @Test
    void dateTimesWithoutAnOffsetOrTimeAreUtc() {
        assertThat(ClaimValue.DateTimeValue.parse("2022-01-01T15:00:00").value()).isEqualTo(Instant.parse("2022-01-01T15:00:00Z"));
        assertThat(ClaimValue.DateTimeValue.parse("2021-11-15").value()).isEqualTo(Instant.parse("2021-11-15T00:00:00Z"));
        assertThatThrownBy(() -> ClaimValue.DateTimeValue.parse("15/11/2021")).isInstanceOf(ClaimValueFormatException.class);
    }

    @Test
    void datesAreIsoDates() {
        assertThat(ClaimValue.parse(DataType.DATE, "2022-01-03")).isEqualTo(new ClaimValue.DateValue(LocalDate.of(2022, 1, 3)));
        assertThat(ClaimValue.parse(DataType.DATE, "2022-01-03T11:34:22.0000000Z").asString()).isEqualTo("2022-01-03");
    }

    @Test
    void durationsReadTheClaimsSchemaFormWithMonthsAsMo() {
        ClaimValue value = ClaimValue.parse(DataType.DURATION, "P1Y2Mo5DT8H5M20S");
        assertThat(value).isEqualTo(new ClaimValue.DurationValue(Period.of(1, 2, 5),
                Duration.ofHours(8).plusMinutes(5).plusSeconds(20)));
        assertThat(value.asString()).isEqualTo("P1Y2M5DT8H5M20S");
        assertThat(ClaimValue.parse(DataType.DURATION, "P21Y").asString()).isEqualTo("P21Y");
        assertThat(ClaimValue.parse(DataType.DURATION, "P1Y2M").asString()).isEqualTo("P1Y2M");
    }

    @Test
    void negativeDurationsUseN() {
        ClaimValue value = ClaimValue.parse(DataType.DURATION, "N1DT2H");
        assertThat(value).isEqualTo(new ClaimValue.DurationValue(Period.ofDays(-1), Duration.ofHours(-2)));
        assertThat(value.asString()).isEqualTo("N1DT2H");
    }

    @Test
    void durationsAlsoReadDotNetTimeSpans() {
        assertThat(ClaimValue.parse(DataType.DURATION, "1.02:03:04.5")).isEqualTo(ClaimValue.DurationValue.of(
                Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusMillis(500)));
        assertThat(ClaimValue.parse(DataType.DURATION, "00:30:00").asString()).isEqualTo("PT30M");
        assertThat(ClaimValue.parse(DataType.DURATION, "00:00:00").asString()).isEqualTo("PT0S");
        assertThatThrownBy(() -> ClaimValue.parse(DataType.DURATION, "P")).isInstanceOf(ClaimValueFormatException.class);
        assertThatThrownBy(() -> ClaimValue.parse(DataType.DURATION, "90 minutes")).isInstanceOf(ClaimValueFormatException.class);
    }

    @Test
    void phoneNumbersAreNormalisedToE164() {
        assertThat(ClaimValue.parse(DataType.PHONE_NUMBER, "+1 (123) 456-7890").asString()).isEqualTo("+11234567890");
        assertThatThrownBy(() -> ClaimValue.parse(DataType.PHONE_NUMBER, "123 456")).isInstanceOf(ClaimValueFormatException.class);
        assertThatThrownBy(() -> new ClaimValue.PhoneNumberValue("0049123")).isInstanceOf(ClaimValueFormatException.class);
    }

    @Test
    void stringCollectionsRoundTripAsJsonArrays() {
        ClaimValue roles = ClaimValue.parse(DataType.STRING_COLLECTION, "[\"Admin\",\"Author\"]");
        assertThat(roles).isEqualTo(new ClaimValue.StringCollectionValue(List.of("Admin", "Author")));
        assertThat(ClaimValue.parse(DataType.STRING_COLLECTION, roles.asString())).isEqualTo(roles);
        assertThat(ClaimValue.parse(DataType.STRING_COLLECTION, "single")).isEqualTo(new ClaimValue.StringCollectionValue(List.of("single")));
    }

    @Test
    void alternativeSecurityIdsRoundTripAsB2cJson() {
        String json = "[{\"issuer\":\"google.com\",\"issuerUserId\":\"MTA4\"},{\"issuer\":\"facebook.com\",\"issuerUserId\":\"MTIzNDU=\"}]";
        ClaimValue ids = ClaimValue.parse(DataType.ALTERNATIVE_SECURITY_ID_COLLECTION, json);
        assertThat(((ClaimValue.AlternativeSecurityIdCollectionValue) ids).values())
                .containsExactly(new AlternativeSecurityId("google.com", "MTA4"), new AlternativeSecurityId("facebook.com", "MTIzNDU="));
        assertThat(ids.asString()).isEqualTo(json);
        assertThatThrownBy(() -> ClaimValue.parse(DataType.ALTERNATIVE_SECURITY_ID, "{\"issuer\":\"x\"}"))
                .isInstanceOf(ClaimValueFormatException.class);
    }

    @Test
    void userIdentitiesRoundTrip() {
        UserIdentity identity = new UserIdentity("emailAddress", "contoso.onmicrosoft.com", "jdoe@example.com");
        ClaimValue value = new ClaimValue.UserIdentityCollectionValue(List.of(identity));
        assertThat(ClaimValue.parse(DataType.USER_IDENTITY_COLLECTION, value.asString())).isEqualTo(value);
        assertThat(ClaimValue.parse(DataType.USER_IDENTITY, new ClaimValue.UserIdentityValue(identity).asString()))
                .isEqualTo(new ClaimValue.UserIdentityValue(identity));
    }

    @Test
    void everyDataTypeReportsItself() {
        assertThat(ClaimValue.of("x").dataType()).isEqualTo(DataType.STRING);
        assertThat(ClaimValue.parse(DataType.LONG, "1").dataType()).isEqualTo(DataType.LONG);
        assertThat(ClaimValue.parse(DataType.DURATION, "PT1S").dataType()).isEqualTo(DataType.DURATION);
    }

    @Test
    void valuesConvertToTheTypeOfTheClaimTheyLandIn() {
        assertThat(ClaimValue.of(true).convertTo(DataType.STRING)).isEqualTo(ClaimValue.of("true"));
        assertThat(ClaimValue.of("42").convertTo(DataType.INT)).isEqualTo(new ClaimValue.IntValue(42));
        ClaimValue same = new ClaimValue.LongValue(7);
        assertThat(same.convertTo(DataType.LONG)).isSameAs(same);
        assertThatThrownBy(() -> ClaimValue.of("abc").convertTo(DataType.BOOLEAN)).isInstanceOf(ClaimValueFormatException.class);
    }
}
