package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntegerTransformationsTest {

    @Test
    void adjustNumberIncrementsOneToTwo() {
        assertThat(Invocation.of("AdjustNumber").claim("inputClaim", new ClaimValue.IntValue(1)).param("Operator", "INCREMENT")
                .out("outputClaim")).isEqualTo("2");
    }

    @Test
    void adjustNumberTreatsAMissingClaimAsZero() {
        assertThat(Invocation.of("AdjustNumber").absent("inputClaim").param("Operator", "INCREMENT").out("outputClaim"))
                .isEqualTo("1");
        assertThat(Invocation.of("AdjustNumber").absent("inputClaim").param("operator", "decrement").out("outputClaim"))
                .isEqualTo("-1");
    }

    @Test
    void adjustNumberIncrementsByDefault() {
        assertThat(Invocation.of("AdjustNumber").claim("inputClaim", new ClaimValue.IntValue(41)).out("outputClaim")).isEqualTo("42");
    }

    @Test
    void adjustNumberPastTheIntRangeIsAnError() {
        Invocation.of("AdjustNumber").claim("inputClaim", new ClaimValue.IntValue(Integer.MAX_VALUE)).failed();
    }

    @Test
    void assertNumberThrowsWhenTheComparisonIsTrueInAssertionMode() {
        TransformationResult.AssertionFailed failure = Invocation.of("AssertNumber").claim("inputClaim", new ClaimValue.IntValue(10))
                .param("Operator", "GreaterThan").param("CompareToValue", DataType.INT, "5")
                .param("throwError", DataType.BOOLEAN, "true").assertionFailed();
        assertThat(failure.metadataKey()).isEqualTo("AssertNumberError");
    }

    @Test
    void assertNumberPassesWhenTheComparisonIsFalse() {
        assertThat(Invocation.of("AssertNumber").claim("inputClaim", new ClaimValue.IntValue(3))
                .param("Operator", "GreaterThan").param("CompareToValue", DataType.INT, "5").run())
                .isInstanceOf(TransformationResult.Produced.class);
    }

    @Test
    void assertNumberInEvaluationModeOutputsTheComparison() {
        assertThat(Invocation.of("AssertNumber").claim("inputClaim", new ClaimValue.IntValue(10))
                .param("Operator", "GreaterThan").param("CompareToValue", DataType.INT, "5")
                .param("throwError", DataType.BOOLEAN, "false").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("AssertNumber").claim("inputClaim", new ClaimValue.IntValue(5))
                .param("Operator", "NotEqual").param("CompareToValue", DataType.INT, "5")
                .param("throwError", DataType.BOOLEAN, "false").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void assertNumberWithoutAValueIsAnError() {
        Invocation.of("AssertNumber").absent("inputClaim").param("Operator", "Equal").param("CompareToValue", DataType.INT, "5")
                .failed();
    }

    @Test
    void convertNumberToStringClaimRendersTheLong() {
        assertThat(Invocation.of("ConvertNumberToStringClaim").claim("inputClaim", new ClaimValue.LongValue(12334))
                .produced().value("outputClaim")).contains(ClaimValue.of("12334"));
    }
}
