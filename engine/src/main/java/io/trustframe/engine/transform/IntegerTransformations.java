package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.util.List;
import java.util.Locale;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.INT;
import static io.trustframe.engine.claims.DataType.LONG;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "Integer claims transformations" reference page. */
final class IntegerTransformations {

    private static final String FAMILY = "Integer";

    private IntegerTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("AdjustNumber", FAMILY)
                        .optionalInputClaim("inputClaim", INT)
                        .optionalParameter("Operator", STRING)
                        .outputClaim("outputClaim", INT),
                        IntegerTransformations::adjustNumber),
                // With throwError false, AssertNumber evaluates into the boolean output claim instead of failing.
                RegisteredMethod.of(method("AssertNumber", FAMILY)
                        .inputClaim("inputClaim", INT)
                        .parameter("CompareToValue", INT)
                        .parameter("Operator", STRING)
                        .optionalParameter("throwError", BOOLEAN)
                        .optionalOutputClaim("outputClaim", BOOLEAN)
                        .userMessageMetadataKey("AssertNumberError"),
                        IntegerTransformations::assertNumber),
                RegisteredMethod.of(method("ConvertNumberToStringClaim", FAMILY)
                        .inputClaim("inputClaim", LONG, INT)
                        .outputClaim("outputClaim", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("outputClaim", ClaimValue.of(
                                Long.toString(ClaimValues.number("inputClaim", in.requiredClaim("inputClaim")))))));
    }

    /** A claim without a value counts as 0, so incrementing it gives 1 (documented). */
    private static TransformationResult adjustNumber(TransformationInput in, TransformationContext ctx) {
        long current = in.claim("inputClaim").map(v -> ClaimValues.number("inputClaim", v)).orElse(0L);
        String operator = in.parameterValue("Operator").orElse("INCREMENT").trim().toUpperCase(Locale.ROOT);
        long adjusted = switch (operator) {
            case "INCREMENT" -> current + 1;
            case "DECREMENT" -> current - 1;
            default -> throw new TransformationException("Operator must be INCREMENT or DECREMENT, not '" + operator + "'");
        };
        if (adjusted < Integer.MIN_VALUE || adjusted > Integer.MAX_VALUE) {
            throw new TransformationException("the adjusted number does not fit an int claim");
        }
        return TransformationResult.Produced.of("outputClaim", new ClaimValue.IntValue((int) adjusted));
    }

    /**
     * With throwError (default true) a true comparison is the error; with throwError=false the comparison lands in
     * outputClaim instead. A missing input claim throws (documented).
     */
    private static TransformationResult assertNumber(TransformationInput in, TransformationContext ctx) {
        long value = ClaimValues.number("inputClaim", in.requiredClaim("inputClaim"));
        long compareTo = ClaimValues.parseNumber("CompareToValue", in.requiredParameter("CompareToValue"));
        String operator = in.requiredParameter("Operator").trim().toLowerCase(Locale.ROOT);
        boolean result = switch (operator) {
            case "lessthan" -> value < compareTo;
            case "greaterthan" -> value > compareTo;
            case "greaterthanorequal" -> value >= compareTo;
            case "lessthanorequal" -> value <= compareTo;
            case "equal" -> value == compareTo;
            case "notequal" -> value != compareTo;
            default -> throw new TransformationException("unknown Operator '" + operator + "'");
        };
        if (in.booleanParameter("throwError", true)) {
            return result
                    ? new TransformationResult.AssertionFailed("AssertNumber", "AssertNumberError",
                            "The number comparison failed.")
                    : TransformationResult.Produced.nothing();
        }
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(result));
    }
}
