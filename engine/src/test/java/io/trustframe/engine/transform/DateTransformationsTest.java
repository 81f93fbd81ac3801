package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTransformationsTest {

    private static Invocation assertGreater(String left, String right) {
        Invocation invocation = Invocation.of("AssertDateTimeIsGreaterThan")
                .claim("leftOperand", ClaimValue.DateTimeValue.parse(left));
        if (right != null) {
            invocation.claim("rightOperand", ClaimValue.DateTimeValue.parse(right));
        } else {
            invocation.absent("rightOperand");
        }
        return invocation;
    }

    @Test
    void assertDateTimeIsGreaterThanFailsWhenTheRightOperandIsLater() {
        TransformationResult.AssertionFailed failure = assertGreater("2022-01-01T15:00:00", "2022-01-22T15:00:00")
                .param("AssertIfEqualTo", DataType.BOOLEAN, "false")
                .param("AssertIfRightOperandIsNotPresent", DataType.BOOLEAN, "true")
                .param("TreatAsEqualIfWithinMillseconds", DataType.INT, "300000")
                .assertionFailed();
        assertThat(failure.metadataKey()).isEqualTo("DateTimeGreaterThan");
    }

    @Test
    void assertDateTimeIsGreaterThanPassesWhenTheLeftOperandIsLater() {
        assertThat(assertGreater("2022-01-22T15:00:00", "2022-01-01T15:00:00").run())
                .isInstanceOf(TransformationResult.Produced.class);
    }

    @Test
    void valuesWithinTheToleranceAreEqualAndFailOnlyWhenAssertIfEqualTo() {
        assertThat(assertGreater("2022-01-01T15:00:00", "2022-01-01T15:04:00")
                .param("AssertIfEqualTo", DataType.BOOLEAN, "false")
                .param("TreatAsEqualIfWithinMillseconds", DataType.INT, "300000").run())
                .isInstanceOf(TransformationResult.Produced.class);
        assertGreater("2022-01-01T15:00:00", "2022-01-01T15:04:00")
                .param("TreatAsEqualIfWithinMillseconds", DataType.INT, "300000").assertionFailed();
    }

    @Test
    void aMissingRightOperandPassesWhenAssertIfRightOperandIsNotPresent() {
        assertThat(assertGreater("2022-01-01T15:00:00", null)
                .param("AssertIfRightOperandIsNotPresent", DataType.BOOLEAN, "true").run())
                .isInstanceOf(TransformationResult.Produced.class);
        assertGreater("2022-01-01T15:00:00", null)
                .param("AssertIfRightOperandIsNotPresent", DataType.BOOLEAN, "false").assertionFailed();
    }

    @Test
    void convertDateTimeToDateClaimDropsTheTime() {
        assertThat(Invocation.of("ConvertDateTimeToDateClaim")
                .claim("inputClaim", ClaimValue.DateTimeValue.parse("2022-01-03T11:34:22.0000000Z")).out("outputClaim"))
                .isEqualTo("2022-01-03");
    }

    @Test
    void convertDateToDateTimeClaimAddsMidnight() {
        assertThat(Invocation.of("ConvertDateToDateTimeClaim").claim("inputClaim", ClaimValue.DateValue.parse("2022-01-03"))
                .out("outputClaim")).isEqualTo("2022-01-03T00:00:00.0000000Z");
    }

    @Test
    void dateTimeComparisonAddsTheTimeSpanToTheFirstDate() {
        assertThat(Invocation.of("DateTimeComparison")
                .claim("firstDateTime", ClaimValue.DateTimeValue.parse("2022-01-01T00:00:00.100000Z"))
                .claim("secondDateTime", ClaimValue.DateTimeValue.parse("2022-03-16T00:00:00.100000Z"))
                .param("operator", "later than").param("timeSpanInSeconds", DataType.INT, "7776000")
                .out("result")).isEqualTo("true");
        assertThat(Invocation.of("DateTimeComparison")
                .claim("firstDateTime", ClaimValue.DateTimeValue.parse("2022-01-01T00:00:00Z"))
                .claim("secondDateTime", ClaimValue.DateTimeValue.parse("2022-03-16T00:00:00Z"))
                .param("operator", "earlier than").out("result")).isEqualTo("true");
    }

    @Test
    void dateTimeComparisonComparesWithNowWhenTheSecondDateIsMissing() {
        assertThat(Invocation.of("DateTimeComparison")
                .claim("firstDateTime", new ClaimValue.DateTimeValue(Invocation.NOW))
                .absent("secondDateTime").param("operator", "same").out("result")).isEqualTo("true");
    }

    @Test
    void dateTimeComparisonWithoutTheFirstDateIsAnError() {
        Invocation.of("DateTimeComparison").absent("firstDateTime").param("operator", "same").failed();
    }

    @Test
    void getCurrentDateTimeTakesTheContextClockInB2cFormat() {
        assertThat(Invocation.of("GetCurrentDateTime").out("currentDateTime")).isEqualTo("2022-01-14T11:40:35.0000000Z");
    }

    @Test
    void termsOfUseConsentIsRequiredWhenConsentPredatesTheUpdate() {
        assertThat(Invocation.of("IsTermsOfUseConsentRequired")
                .claim("termsOfUseConsentDateTime", ClaimValue.DateTimeValue.parse("2020-03-09T09:15:00"))
                .param("termsOfUseTextUpdateDateTime", DataType.DATE_TIME, "2021-11-15").out("result")).isEqualTo("true");
        assertThat(Invocation.of("IsTermsOfUseConsentRequired")
                .claim("termsOfUseConsentDateTime", ClaimValue.DateTimeValue.parse("2022-03-09T09:15:00"))
                .param("termsOfUseTextUpdateDateTime", DataType.DATE_TIME, "2021-11-15T00:00:00").out("result"))
                .isEqualTo("false");
    }

    @Test
    void termsOfUseConsentIsRequiredWhenTheUserNeverConsented() {
        assertThat(Invocation.of("IsTermsOfUseConsentRequired").absent("termsOfUseConsentDateTime")
                .param("termsOfUseTextUpdateDateTime", DataType.DATE_TIME, "2021-11-15").out("result")).isEqualTo("true");
    }
}
