package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BooleanTransformationsTest {

    @Test
    void andClaimsOfTrueAndFalseIsFalse() {
        assertThat(Invocation.of("AndClaims").claim("inputClaim1", ClaimValue.of(true)).claim("inputClaim2", ClaimValue.of(false))
                .out("outputClaim")).isEqualTo("false");
        assertThat(Invocation.of("AndClaims").claim("inputClaim1", ClaimValue.of(true)).claim("inputClaim2", ClaimValue.of(true))
                .out("outputClaim")).isEqualTo("true");
    }

    @Test
    void assertBooleanClaimIsEqualToValueFailsWithTheProfilesMessageKeyWhenValuesDiffer() {
        TransformationResult.AssertionFailed failure = Invocation.of("AssertBooleanClaimIsEqualToValue")
                .claim("inputClaim", ClaimValue.of(false)).param("valueToCompareTo", DataType.BOOLEAN, "true")
                .assertionFailed();
        assertThat(failure.metadataKey()).isEqualTo("UserMessageIfClaimsTransformationBooleanValueIsNotEqual");
        assertThat(failure.defaultMessage()).contains("inputClaim");
    }

    @Test
    void assertBooleanClaimIsEqualToValuePassesSilentlyWhenEqual() {
        assertThat(Invocation.of("AssertBooleanClaimIsEqualToValue").claim("inputClaim", ClaimValue.of(true))
                .param("valueToCompareTo", DataType.BOOLEAN, "true").produced().values()).isEmpty();
    }

    @Test
    void assertBooleanClaimIsEqualToValueAcceptsAStringClaimHoldingABoolean() {
        assertThat(Invocation.of("AssertBooleanClaimIsEqualToValue").claim("inputClaim", "True")
                .param("valueToCompareTo", DataType.BOOLEAN, "true").run())
                .isInstanceOf(TransformationResult.Produced.class);
    }

    @Test
    void assertBooleanClaimWithoutAValueIsAnError() {
        assertThat(Invocation.of("AssertBooleanClaimIsEqualToValue").absent("inputClaim")
                .param("valueToCompareTo", DataType.BOOLEAN, "true").failed().message()).contains("inputClaim");
    }

    @Test
    void compareBooleanClaimToValueReturnsTheComparison() {
        assertThat(Invocation.of("CompareBooleanClaimToValue").claim("inputClaim", ClaimValue.of(false))
                .param("valueToCompareTo", DataType.BOOLEAN, "true").out("compareResult")).isEqualTo("false");
    }

    @Test
    void notClaimsNegates() {
        assertThat(Invocation.of("NotClaims").claim("inputClaim", ClaimValue.of(false)).out("outputClaim")).isEqualTo("true");
    }

    @Test
    void orClaimsOfTrueAndFalseIsTrue() {
        assertThat(Invocation.of("OrClaims").claim("inputClaim1", ClaimValue.of(true)).claim("inputClaim2", ClaimValue.of(false))
                .out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("OrClaims").claim("inputClaim1", ClaimValue.of(false)).claim("inputClaim2", ClaimValue.of(false))
                .out("outputClaim")).isEqualTo("false");
    }
}
