package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.DATE;
import static io.trustframe.engine.claims.DataType.DATE_TIME;
import static io.trustframe.engine.claims.DataType.INT;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "Date claims transformations" reference page. */
final class DateTransformations {

    private static final String FAMILY = "Date";

    private DateTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                // The reference types the operands string, its examples pass dateTime claims.
                RegisteredMethod.of(method("AssertDateTimeIsGreaterThan", FAMILY)
                        .inputClaim("leftOperand", DATE_TIME, DATE, STRING)
                        .optionalInputClaim("rightOperand", DATE_TIME, DATE, STRING)
                        .optionalParameter("AssertIfEqualTo", BOOLEAN)
                        .optionalParameter("AssertIfRightOperandIsNotPresent", BOOLEAN)
                        .optionalParameter("TreatAsEqualIfWithinMillseconds", INT)
                        .userMessageMetadataKey("DateTimeGreaterThan"),
                        DateTransformations::assertDateTimeIsGreaterThan),
                RegisteredMethod.of(method("ConvertDateTimeToDateClaim", FAMILY)
                        .inputClaim("inputClaim", DATE_TIME)
                        .outputClaim("outputClaim", DATE),
                        (in, ctx) -> TransformationResult.Produced.of("outputClaim", new ClaimValue.DateValue(
                                instant(in, "inputClaim").atOffset(ZoneOffset.UTC).toLocalDate()))),
                RegisteredMethod.of(method("ConvertDateToDateTimeClaim", FAMILY)
                        .inputClaim("inputClaim", DATE)
                        .outputClaim("outputClaim", DATE_TIME),
                        (in, ctx) -> TransformationResult.Produced.of("outputClaim", new ClaimValue.DateTimeValue(
                                instant(in, "inputClaim").atOffset(ZoneOffset.UTC).toLocalDate()
                                        .atStartOfDay().toInstant(ZoneOffset.UTC)))),
                RegisteredMethod.of(method("DateTimeComparison", FAMILY)
                        .inputClaim("firstDateTime", DATE_TIME)
                        .optionalInputClaim("secondDateTime", DATE_TIME)
                        .parameter("operator", STRING)
                        .optionalParameter("timeSpanInSeconds", INT)
                        .outputClaim("result", BOOLEAN),
                        DateTransformations::dateTimeComparison),
                RegisteredMethod.of(method("GetCurrentDateTime", FAMILY)
                        .outputClaim("currentDateTime", DATE_TIME),
                        (in, ctx) -> TransformationResult.Produced.of("currentDateTime", new ClaimValue.DateTimeValue(
                                ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS)))),
                RegisteredMethod.of(method("IsTermsOfUseConsentRequired", FAMILY)
                        .optionalInputClaim("termsOfUseConsentDateTime", DATE_TIME)
                        .parameter("termsOfUseTextUpdateDateTime", DATE_TIME)
                        .outputClaim("result", BOOLEAN),
                        DateTransformations::isTermsOfUseConsentRequired));
    }

    /**
     * Asserts leftOperand is later than rightOperand, and fails when rightOperand is later. Values within
     * TreatAsEqualIfWithinMillseconds of each other are equal, which fails only when AssertIfEqualTo (default true).
     * A missing rightOperand passes when AssertIfRightOperandIsNotPresent is true (the starter pack's refresh-token
     * check relies on that for users whose tokens were never revoked).
     */
    private static TransformationResult assertDateTimeIsGreaterThan(TransformationInput in, TransformationContext ctx) {
        Instant left = instant(in, "leftOperand");
        Optional<ClaimValue> rightValue = in.claim("rightOperand");
        if (rightValue.isEmpty()) {
            return in.booleanParameter("AssertIfRightOperandIsNotPresent", true)
                    ? TransformationResult.Produced.nothing()
                    : failed();
        }
        Instant right = ClaimValues.instant("rightOperand", rightValue.get());
        long tolerance = in.numberParameter("TreatAsEqualIfWithinMillseconds").orElse(0L);
        long difference = Duration.between(right, left).toMillis();
        if (Math.abs(difference) <= tolerance) {
            return in.booleanParameter("AssertIfEqualTo", true) ? failed() : TransformationResult.Produced.nothing();
        }
        return difference > 0 ? TransformationResult.Produced.nothing() : failed();
    }

    private static TransformationResult failed() {
        return new TransformationResult.AssertionFailed("AssertDateTimeIsGreaterThan", "DateTimeGreaterThan",
                "Claim value comparison failed: The provided left operand is greater than the right operand.");
    }

    /**
     * firstDateTime plus timeSpanInSeconds compared with secondDateTime, which defaults to now. A missing
     * firstDateTime throws (documented).
     */
    private static TransformationResult dateTimeComparison(TransformationInput in, TransformationContext ctx) {
        Instant first = instant(in, "firstDateTime")
                .plusSeconds(in.numberParameter("timeSpanInSeconds").orElse(0L));
        Instant second = in.claim("secondDateTime")
                .map(v -> ClaimValues.instant("secondDateTime", v))
                .orElseGet(() -> ctx.clock().instant());
        String operator = in.requiredParameter("operator").trim().toLowerCase(Locale.ROOT);
        boolean result = switch (operator) {
            case "same" -> first.equals(second);
            case "later than" -> first.isAfter(second);
            case "earlier than" -> first.isBefore(second);
            default -> throw new TransformationException(
                    "operator must be 'same', 'later than' or 'earlier than', not '" + operator + "'");
        };
        return TransformationResult.Produced.of("result", ClaimValue.of(result));
    }

    /** True when the user never consented, or consented before the terms last changed. */
    private static TransformationResult isTermsOfUseConsentRequired(TransformationInput in, TransformationContext ctx) {
        Instant updated = ClaimValue.DateTimeValue.parse(in.requiredParameter("termsOfUseTextUpdateDateTime")).value();
        boolean required = in.claim("termsOfUseConsentDateTime")
                .map(v -> ClaimValues.instant("termsOfUseConsentDateTime", v).isBefore(updated))
                .orElse(true);
        return TransformationResult.Produced.of("result", ClaimValue.of(required));
    }

    private static Instant instant(TransformationInput in, String name) {
        return ClaimValues.instant(name, in.requiredClaim(name));
    }
}
