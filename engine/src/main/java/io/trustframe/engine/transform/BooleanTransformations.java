package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.util.List;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "Boolean claims transformations" reference page. */
final class BooleanTransformations {

    private static final String FAMILY = "Boolean";

    private BooleanTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("AndClaims", FAMILY)
                        .inputClaim("inputClaim1", BOOLEAN).inputClaim("inputClaim2", BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> output(bool(in, "inputClaim1") && bool(in, "inputClaim2"))),
                RegisteredMethod.of(method("AssertBooleanClaimIsEqualToValue", FAMILY)
                        .inputClaim("inputClaim", BOOLEAN)
                        .parameter("valueToCompareTo", BOOLEAN)
                        .userMessageMetadataKey("UserMessageIfClaimsTransformationBooleanValueIsNotEqual"),
                        BooleanTransformations::assertBooleanClaimIsEqualToValue),
                RegisteredMethod.of(method("CompareBooleanClaimToValue", FAMILY)
                        .inputClaim("inputClaim", BOOLEAN)
                        .parameter("valueToCompareTo", BOOLEAN)
                        .outputClaim("compareResult", BOOLEAN),
                        (in, ctx) -> TransformationResult.Produced.of("compareResult", ClaimValue.of(
                                bool(in, "inputClaim") == in.booleanParameter("valueToCompareTo", true)))),
                RegisteredMethod.of(method("NotClaims", FAMILY)
                        .inputClaim("inputClaim", BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> output(!bool(in, "inputClaim"))),
                RegisteredMethod.of(method("OrClaims", FAMILY)
                        .inputClaim("inputClaim1", BOOLEAN).inputClaim("inputClaim2", BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> output(bool(in, "inputClaim1") || bool(in, "inputClaim2"))));
    }

    /** Always run from a validation technical profile; a mismatch shows the self-asserted page's error message. */
    private static TransformationResult assertBooleanClaimIsEqualToValue(TransformationInput in, TransformationContext ctx) {
        boolean expected = ClaimValues.parseBoolean("valueToCompareTo", in.requiredParameter("valueToCompareTo"));
        if (bool(in, "inputClaim") == expected) {
            return TransformationResult.Produced.nothing();
        }
        return new TransformationResult.AssertionFailed("AssertBooleanClaimIsEqualToValue",
                "UserMessageIfClaimsTransformationBooleanValueIsNotEqual",
                "Boolean claim value comparison failed for claim type \"inputClaim\".");
    }

    private static boolean bool(TransformationInput in, String name) {
        return ClaimValues.bool(name, in.requiredClaim(name));
    }

    private static TransformationResult output(boolean value) {
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(value));
    }
}
