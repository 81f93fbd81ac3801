package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.INT;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.claims.DataType.STRING_COLLECTION;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "String claims transformations" reference page. */
final class StringTransformations {

    private static final String FAMILY = "String";

    /** The ElementType values B2C reads localized strings under for these two methods. */
    static final String FORMAT_LOCALIZED_STRING_ELEMENT = "FormatLocalizedStringTransformationClaimType";
    static final String GET_LOCALIZED_STRINGS_ELEMENT = "GetLocalizedStringsTransformationClaimType";

    private StringTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("AssertStringClaimsAreEqual", FAMILY)
                        .inputClaim("inputClaim1", STRING).inputClaim("inputClaim2", STRING)
                        .optionalParameter("stringComparison", STRING)
                        .userMessageMetadataKey("UserMessageIfClaimsTransformationStringsAreNotEqual"),
                        StringTransformations::assertStringClaimsAreEqual),
                RegisteredMethod.of(method("BuildUri", FAMILY)
                        .inputClaim("path", STRING)
                        .parameter("scheme", STRING).parameter("host", STRING)
                        .outputClaim("outputClaim", STRING)
                        .otherInputClaims().otherInputParameters().otherNamesStartWith("query."),
                        StringTransformations::buildUri),
                // The 2018 reference names the output outputClaim, later revisions outputClaim1.
                RegisteredMethod.of(method("ChangeCase", FAMILY)
                        .inputClaim("inputClaim1", STRING)
                        .parameter("toCase", STRING)
                        .outputClaim(Slot.required("outputClaim", STRING).alsoNamed("outputClaim1")),
                        StringTransformations::changeCase),
                RegisteredMethod.of(method("CompareClaims", FAMILY)
                        .inputClaim("inputClaim1", STRING).inputClaim("inputClaim2", STRING)
                        .parameter("operator", STRING)
                        .optionalParameter("ignoreCase", STRING, BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> compare(in, in.requiredClaim("inputClaim2").asString())),
                RegisteredMethod.of(method("CompareClaimToValue", FAMILY)
                        .inputClaim("inputClaim1", STRING)
                        .parameter("compareTo", STRING)
                        .parameter("operator", STRING)
                        .optionalParameter("ignoreCase", STRING, BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> compare(in, in.requiredParameter("compareTo"))),
                RegisteredMethod.of(method("CopyClaimIfPredicateMatch", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .outputClaim("outputClaim", STRING),
                        StringTransformations::copyClaimIfPredicateMatch),
                RegisteredMethod.of(method("CreateOtpSecret", FAMILY)
                        .outputClaim("outputClaim", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("outputClaim", ClaimValue.of(otpSecret(ctx.random())))),
                RegisteredMethod.of(method("CreateRandomString", FAMILY)
                        .parameter("randomGeneratorType", STRING)
                        .optionalParameter("stringFormat", STRING)
                        .optionalParameter("base64", BOOLEAN)
                        .optionalParameter("maximumNumber", INT)
                        .optionalParameter("seed", INT)
                        .outputClaim("outputClaim", STRING),
                        StringTransformations::createRandomString),
                RegisteredMethod.of(method("CreateStringClaim", FAMILY)
                        .parameter("value", STRING)
                        .outputClaim("createdClaim", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("createdClaim", ClaimValue.of(
                                DotNetFormat.resolveExpressions(in.requiredParameter("value"), ctx.expressions(), false)))),
                RegisteredMethod.of(method("FormatLocalizedString", FAMILY)
                        .parameter("stringFormatId", STRING)
                        .outputClaim("outputClaim", STRING)
                        .otherInputClaims(),
                        StringTransformations::formatLocalizedString),
                RegisteredMethod.of(method("FormatStringClaim", FAMILY)
                        .optionalInputClaim("inputClaim", STRING)
                        .parameter("stringFormat", STRING)
                        .outputClaim("outputClaim", STRING),
                        (in, ctx) -> format(in, ctx, List.of("inputClaim"))),
                RegisteredMethod.of(method("FormatStringMultipleClaims", FAMILY)
                        .optionalInputClaim("inputClaim1", STRING).optionalInputClaim("inputClaim2", STRING)
                        .parameter("stringFormat", STRING)
                        .outputClaim("outputClaim", STRING),
                        (in, ctx) -> format(in, ctx, List.of("inputClaim1", "inputClaim2"))),
                RegisteredMethod.of(method("GetLocalizedStringsTransformation", FAMILY)
                        .otherOutputClaims(),
                        StringTransformations::getLocalizedStrings),
                RegisteredMethod.of(method("GetMappedValueFromLocalizedCollection", FAMILY)
                        .inputClaim("mapFromClaim", STRING)
                        .outputClaim("restrictionValueClaim", STRING),
                        StringTransformations::getMappedValueFromLocalizedCollection),
                RegisteredMethod.of(method("LookupValue", FAMILY)
                        .inputClaim("inputParameterId", STRING)
                        .optionalParameter("errorOnFailedLookup", BOOLEAN)
                        .outputClaim("outputClaim", STRING)
                        .otherInputParameters()
                        .userMessageMetadataKey("LookupNotFound"),
                        StringTransformations::lookupValue),
                RegisteredMethod.of(method("NullClaim", FAMILY)
                        .outputClaim(Slot.anyType("claim_to_null", true)),
                        (in, ctx) -> new TransformationResult.Produced(Map.of(), Set.of("claim_to_null"))),
                RegisteredMethod.of(method("ParseDomain", FAMILY)
                        .inputClaim("emailAddress", STRING)
                        .outputClaim("domain", STRING),
                        StringTransformations::parseDomain),
                // Documented as string to string; used on boolean claims with a "true"/"false" string parameter.
                RegisteredMethod.of(method("SetClaimIfBooleansMatch", FAMILY)
                        .inputClaim("claimToMatch", STRING, BOOLEAN)
                        .parameter("matchTo", STRING, BOOLEAN)
                        .parameter("outputClaimIfMatched", STRING)
                        .outputClaim("outputClaim", STRING),
                        StringTransformations::setClaimIfBooleansMatch),
                RegisteredMethod.of(method("SetClaimsIfRegexMatch", FAMILY)
                        .inputClaim("claimToMatch", STRING)
                        .parameter("matchTo", STRING)
                        .parameter("outputClaimIfMatched", STRING)
                        .optionalParameter("extractGroups", BOOLEAN)
                        .optionalOutputClaim("outputClaim", STRING)
                        .optionalOutputClaim("regexCompareResultClaim", BOOLEAN, STRING)
                        .otherOutputClaims(),
                        StringTransformations::setClaimsIfRegexMatch),
                RegisteredMethod.of(method("SetClaimsIfStringsAreEqual", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .parameter("matchTo", STRING)
                        .optionalParameter("stringComparison", STRING)
                        .parameter("stringMatchMsg", STRING)
                        .parameter("stringMatchMsgCode", STRING)
                        .optionalOutputClaim("outputClaim1", STRING)
                        .optionalOutputClaim("outputClaim2", STRING)
                        .optionalOutputClaim("stringCompareResultClaim", BOOLEAN),
                        StringTransformations::setClaimsIfStringsAreEqual),
                RegisteredMethod.of(method("SetClaimsIfStringsMatch", FAMILY)
                        .inputClaim("claimToMatch", STRING)
                        .parameter("matchTo", STRING)
                        .optionalParameter("stringComparison", STRING)
                        .parameter("outputClaimIfMatched", STRING)
                        .optionalOutputClaim("outputClaim", STRING)
                        .optionalOutputClaim("stringCompareResultClaim", BOOLEAN),
                        StringTransformations::setClaimsIfStringsMatch),
                // The reference types StringContains' result string and StringReplace's boolean (swapped): both
                // take either. ignoreCase is documented boolean, but the reference's own examples declare it string.
                RegisteredMethod.of(method("StringContains", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .parameter("contains", STRING)
                        .optionalParameter("ignoreCase", STRING, BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN, STRING),
                        StringTransformations::stringContains),
                RegisteredMethod.of(method("StringSubstring", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .parameter("startIndex", INT)
                        .optionalParameter("length", INT)
                        .outputClaim("outputClaim", STRING),
                        StringTransformations::stringSubstring),
                RegisteredMethod.of(method("StringReplace", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .parameter("oldValue", STRING)
                        .parameter("newValue", STRING)
                        .outputClaim("outputClaim", STRING, BOOLEAN),
                        StringTransformations::stringReplace),
                RegisteredMethod.of(method("StringJoin", FAMILY)
                        .inputClaim("inputClaim", STRING_COLLECTION)
                        .parameter("delimiter", STRING)
                        .outputClaim("outputClaim", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("outputClaim", ClaimValue.of(String.join(
                                in.requiredParameter("delimiter"),
                                ClaimValues.strings("inputClaim", in.requiredClaim("inputClaim")))))),
                RegisteredMethod.of(method("StringSplit", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .parameter("delimiter", STRING)
                        .outputClaim("outputClaim", STRING_COLLECTION),
                        StringTransformations::stringSplit));
    }

    /** Always run from a validation technical profile; unequal values show the self-asserted page's error message. */
    private static TransformationResult assertStringClaimsAreEqual(TransformationInput in, TransformationContext ctx) {
        String comparison = in.parameterValue("stringComparison").orElse("Ordinal");
        boolean equal = ClaimValues.equal(in.requiredClaim("inputClaim1").asString(),
                in.requiredClaim("inputClaim2").asString(), ClaimValues.ignoresCase(comparison));
        return equal
                ? TransformationResult.Produced.nothing()
                : new TransformationResult.AssertionFailed("AssertStringClaimsAreEqual",
                        "UserMessageIfClaimsTransformationStringsAreNotEqual",
                        "Claim value comparison failed using StringComparison \"" + comparison + "\".");
    }

    /**
     * scheme://host/path?query: the path is percent-encoded (a space is %20), query items come from input claims and
     * parameters named query.{name}, claims first, form-encoded (a space is +), as in the documented TOTP example.
     */
    private static TransformationResult buildUri(TransformationInput in, TransformationContext ctx) {
        StringBuilder uri = new StringBuilder()
                .append(in.requiredParameter("scheme")).append("://")
                .append(in.requiredParameter("host")).append('/')
                .append(UriEncoding.path(in.requiredClaim("path").asString()));
        List<String[]> query = new ArrayList<>();
        for (TransformationInput.InputClaim claim : in.inputClaims()) {
            queryName(claim.transformationClaimType())
                    .ifPresent(name -> claim.value().ifPresent(v -> query.add(new String[] {name, v.asString()})));
        }
        for (TransformationInput.InputParameter parameter : in.parameters()) {
            queryName(parameter.id()).ifPresent(name -> query.add(new String[] {name, parameter.value()}));
        }
        for (int i = 0; i < query.size(); i++) {
            uri.append(i == 0 ? '?' : '&')
                    .append(UriEncoding.form(query.get(i)[0])).append('=').append(UriEncoding.form(query.get(i)[1]));
        }
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(uri.toString()));
    }

    private static Optional<String> queryName(String name) {
        return name.regionMatches(true, 0, "query.", 0, 6) ? Optional.of(name.substring(6)) : Optional.empty();
    }

    /** Invariant-culture casing, so that results do not depend on the server's locale. */
    private static TransformationResult changeCase(TransformationInput in, TransformationContext ctx) {
        String value = in.requiredClaim("inputClaim1").asString();
        String toCase = in.requiredParameter("toCase").trim().toUpperCase(Locale.ROOT);
        String changed = switch (toCase) {
            case "LOWER" -> value.toLowerCase(Locale.ROOT);
            case "UPPER" -> value.toUpperCase(Locale.ROOT);
            default -> throw new TransformationException("toCase must be LOWER or UPPER, not '" + toCase + "'");
        };
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(changed));
    }

    /** operator is EQUAL or NOT EQUAL (any case); ignoreCase is "true"/"false", declared as a string or a boolean. */
    private static TransformationResult compare(TransformationInput in, String other) {
        String value = in.requiredClaim("inputClaim1").asString();
        boolean equal = ClaimValues.equal(value, other, in.booleanParameter("ignoreCase", false));
        String operator = in.requiredParameter("operator").trim().toUpperCase(Locale.ROOT);
        boolean result = switch (operator) {
            case "EQUAL" -> equal;
            case "NOT EQUAL" -> !equal;
            default -> throw new TransformationException("operator must be EQUAL or NOT EQUAL, not '" + operator + "'");
        };
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(result));
    }

    /** Copies only when the value passes the output claim type's predicates; otherwise the output keeps its value. */
    private static TransformationResult copyClaimIfPredicateMatch(TransformationInput in, TransformationContext ctx) {
        String value = in.requiredClaim("inputClaim").asString();
        boolean matches = in.outputClaim("outputClaim").map(o -> o.predicates().test(value)).orElse(true);
        return matches
                ? TransformationResult.Produced.of("outputClaim", ClaimValue.of(value))
                : TransformationResult.Produced.nothing();
    }

    /** A TOTP shared secret: 80 random bits in lower-case base32 without padding, like the documented "hmlcmd4ph6fph64c". */
    private static String otpSecret(RandomGenerator random) {
        byte[] secret = new byte[10];
        random.nextBytes(secret);
        return Base32.encode(secret).toLowerCase(Locale.ROOT);
    }

    /**
     * GUID, or INTEGER in [0, maximumNumber) (any non-negative int without a maximum). A seed makes the sequence
     * repeatable (documented); with a seed java.util.Random is used, so seeded values differ from .NET's.
     * stringFormat is applied first and base64 encodes the formatted text.
     */
    private static TransformationResult createRandomString(TransformationInput in, TransformationContext ctx) {
        String type = in.requiredParameter("randomGeneratorType").trim().toUpperCase(Locale.ROOT);
        String value;
        if (type.equals("GUID")) {
            value = guid(ctx.random()).toString();
        } else if (type.equals("INTEGER")) {
            RandomGenerator random = in.numberParameter("seed").<RandomGenerator>map(Random::new).orElse(ctx.random());
            Optional<Long> maximum = in.numberParameter("maximumNumber");
            if (maximum.isPresent() && (maximum.get() <= 0 || maximum.get() > Integer.MAX_VALUE)) {
                throw new TransformationException("maximumNumber must be a positive int");
            }
            value = Integer.toString(maximum.map(max -> random.nextInt(max.intValue())).orElseGet(() -> random.nextInt(Integer.MAX_VALUE)));
        } else {
            throw new TransformationException("randomGeneratorType must be GUID or INTEGER, not '" + type + "'");
        }
        Optional<String> stringFormat = in.parameterValue("stringFormat");
        if (stringFormat.isPresent()) {
            value = DotNetFormat.format(stringFormat.get(), List.of(ClaimValue.of(value)), ctx.culture());
        }
        if (in.booleanParameter("base64", false)) {
            value = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        }
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(value));
    }

    /** A version 4 GUID drawn from the context's random source. */
    private static UUID guid(RandomGenerator random) {
        long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The format comes from the current language's LocalizedString with the stringFormatId; input claims are {0}, {1}… */
    private static TransformationResult formatLocalizedString(TransformationInput in, TransformationContext ctx) {
        String id = in.requiredParameter("stringFormatId");
        String format = ctx.localizedStrings().find(FORMAT_LOCALIZED_STRING_ELEMENT, id)
                .orElseThrow(() -> new TransformationException("no localized string '" + id + "' of type "
                        + FORMAT_LOCALIZED_STRING_ELEMENT));
        List<ClaimValue> args = in.inputClaims().stream().map(c -> c.value().orElse(null)).toList();
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(DotNetFormat.format(format, args, ctx.culture())));
    }

    /** String.Format over the named claims after resolving {RelyingPartyTenantId}-style expressions; null renders empty. */
    private static TransformationResult format(TransformationInput in, TransformationContext ctx, List<String> names) {
        String format = DotNetFormat.resolveExpressions(in.requiredParameter("stringFormat"), ctx.expressions(), true);
        List<ClaimValue> args = names.stream().map(name -> in.claim(name).orElse(null)).toList();
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(DotNetFormat.format(format, args, ctx.culture())));
    }

    /** Each output claim's TransformationClaimType is the StringId of a localized string of the current language. */
    private static TransformationResult getLocalizedStrings(TransformationInput in, TransformationContext ctx) {
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        for (TransformationInput.OutputClaim output : in.outputClaims()) {
            String id = output.transformationClaimType();
            String text = ctx.localizedStrings().find(GET_LOCALIZED_STRINGS_ELEMENT, id)
                    .orElseThrow(() -> new TransformationException("no localized string '" + id + "' of type "
                            + GET_LOCALIZED_STRINGS_ELEMENT));
            values.put(id, ClaimValue.of(text));
        }
        return new TransformationResult.Produced(values, Set.of());
    }

    /** Finds the output claim type's Restriction item whose Text is the input value and answers its (localized) Value. */
    private static TransformationResult getMappedValueFromLocalizedCollection(TransformationInput in, TransformationContext ctx) {
        String text = in.requiredClaim("mapFromClaim").asString();
        TransformationInput.OutputClaim output = in.outputClaim("restrictionValueClaim")
                .orElseThrow(() -> new TransformationException("restrictionValueClaim is not bound"));
        return output.restriction().stream()
                .filter(item -> item.text().equals(text))
                .findFirst()
                .map(item -> TransformationResult.Produced.of("restrictionValueClaim", ClaimValue.of(item.value())))
                .orElseThrow(() -> new TransformationException("'" + text + "' is not in the Restriction of "
                        + output.claimTypeReferenceId()));
    }

    /**
     * Every parameter except errorOnFailedLookup is a row of the lookup table (Id to Value); Ids match without regard
     * to case like other B2C ids. No match: an error through LookupNotFound when errorOnFailedLookup, else no output.
     */
    private static TransformationResult lookupValue(TransformationInput in, TransformationContext ctx) {
        String key = in.requiredClaim("inputParameterId").asString();
        Optional<String> value = in.parameters().stream()
                .filter(p -> !p.id().equalsIgnoreCase("errorOnFailedLookup"))
                .filter(p -> p.id().equalsIgnoreCase(key))
                .map(TransformationInput.InputParameter::value)
                .findFirst();
        if (value.isPresent()) {
            return TransformationResult.Produced.of("outputClaim", ClaimValue.of(value.get()));
        }
        return in.booleanParameter("errorOnFailedLookup", false)
                ? new TransformationResult.AssertionFailed("LookupValue", "LookupNotFound",
                        "No match found for the input claim value in the list of input parameter IDs.")
                : TransformationResult.Produced.nothing();
    }

    /** The part after the last @; a value without one has no domain and leaves the output unset. */
    private static TransformationResult parseDomain(TransformationInput in, TransformationContext ctx) {
        String email = in.requiredClaim("emailAddress").asString();
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1
                ? TransformationResult.Produced.nothing()
                : TransformationResult.Produced.of("domain", ClaimValue.of(email.substring(at + 1)));
    }

    /** A missing claimToMatch throws (documented); a mismatch leaves the output as it is. */
    private static TransformationResult setClaimIfBooleansMatch(TransformationInput in, TransformationContext ctx) {
        boolean value = ClaimValues.bool("claimToMatch", in.requiredClaim("claimToMatch"));
        boolean matchTo = ClaimValues.parseBoolean("matchTo", in.requiredParameter("matchTo"));
        return value == matchTo
                ? TransformationResult.Produced.of("outputClaim", ClaimValue.of(in.requiredParameter("outputClaimIfMatched")))
                : TransformationResult.Produced.nothing();
    }

    /**
     * Regex.IsMatch semantics (a match anywhere unless the pattern anchors it). On a match, outputClaim gets
     * outputClaimIfMatched and, with extractGroups, each other output claim gets the named group of its name.
     */
    private static TransformationResult setClaimsIfRegexMatch(TransformationInput in, TransformationContext ctx) {
        String value = in.requiredClaim("claimToMatch").asString();
        Pattern pattern;
        try {
            pattern = Pattern.compile(in.requiredParameter("matchTo"));
        } catch (PatternSyntaxException e) {
            throw new TransformationException("matchTo is not a valid regular expression: " + e.getDescription());
        }
        Matcher matcher = pattern.matcher(value);
        boolean matched = matcher.find();
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        values.put("regexCompareResultClaim", ClaimValue.of(matched));
        if (matched) {
            values.put("outputClaim", ClaimValue.of(in.requiredParameter("outputClaimIfMatched")));
            if (in.booleanParameter("extractGroups", false)) {
                for (TransformationInput.OutputClaim output : in.outputClaims()) {
                    group(matcher, output.transformationClaimType())
                            .ifPresent(group -> values.put(output.transformationClaimType(), ClaimValue.of(group)));
                }
            }
        }
        return new TransformationResult.Produced(values, Set.of());
    }

    private static Optional<String> group(Matcher matcher, String name) {
        try {
            return Optional.ofNullable(matcher.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return Optional.empty();
        }
    }

    /**
     * Equal: outputClaim1 gets stringMatchMsg and outputClaim2 stringMatchMsgCode, as the reference's table says (its
     * example lists the two the other way round); stringCompareResultClaim is set either way.
     */
    private static TransformationResult setClaimsIfStringsAreEqual(TransformationInput in, TransformationContext ctx) {
        boolean equal = ClaimValues.equal(in.requiredClaim("inputClaim").asString(), in.requiredParameter("matchTo"),
                ClaimValues.ignoresCase(in.parameterValue("stringComparison").orElse("Ordinal")));
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        values.put("stringCompareResultClaim", ClaimValue.of(equal));
        if (equal) {
            values.put("outputClaim1", ClaimValue.of(in.requiredParameter("stringMatchMsg")));
            values.put("outputClaim2", ClaimValue.of(in.requiredParameter("stringMatchMsgCode")));
        }
        return new TransformationResult.Produced(values, Set.of());
    }

    private static TransformationResult setClaimsIfStringsMatch(TransformationInput in, TransformationContext ctx) {
        boolean equal = ClaimValues.equal(in.requiredClaim("claimToMatch").asString(), in.requiredParameter("matchTo"),
                ClaimValues.ignoresCase(in.parameterValue("stringComparison").orElse("Ordinal")));
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        values.put("stringCompareResultClaim", ClaimValue.of(equal));
        if (equal) {
            values.put("outputClaim", ClaimValue.of(in.requiredParameter("outputClaimIfMatched")));
        }
        return new TransformationResult.Produced(values, Set.of());
    }

    private static TransformationResult stringContains(TransformationInput in, TransformationContext ctx) {
        String value = in.requiredClaim("inputClaim").asString();
        String wanted = in.requiredParameter("contains");
        boolean found = in.booleanParameter("ignoreCase", false)
                ? value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))
                : value.contains(wanted);
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(found));
    }

    /** .NET Substring: out-of-range arguments throw; without length the rest of the string is taken. */
    private static TransformationResult stringSubstring(TransformationInput in, TransformationContext ctx) {
        String value = in.requiredClaim("inputClaim").asString();
        long start = ClaimValues.parseNumber("startIndex", in.requiredParameter("startIndex"));
        long length = in.numberParameter("length").orElse(value.length() - start);
        if (start < 0 || length < 0 || start + length > value.length()) {
            throw new TransformationException("startIndex " + start + " and length " + length
                    + " are outside a string of length " + value.length());
        }
        return TransformationResult.Produced.of("outputClaim",
                ClaimValue.of(value.substring((int) start, (int) (start + length))));
    }

    /** Replaces every occurrence; an empty oldValue is an error, as in .NET String.Replace. */
    private static TransformationResult stringReplace(TransformationInput in, TransformationContext ctx) {
        String oldValue = in.requiredParameter("oldValue");
        if (oldValue.isEmpty()) {
            throw new TransformationException("oldValue must not be empty");
        }
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(
                in.requiredClaim("inputClaim").asString().replace(oldValue, in.parameterValue("newValue").orElse(""))));
    }

    /** Splits on the delimiter text, keeping empty entries as .NET String.Split does; the output replaces any old items. */
    private static TransformationResult stringSplit(TransformationInput in, TransformationContext ctx) {
        String delimiter = in.requiredParameter("delimiter");
        String value = in.requiredClaim("inputClaim").asString();
        List<String> parts = delimiter.isEmpty()
                ? List.of(value)
                : List.of(value.split(Pattern.quote(delimiter), -1));
        return TransformationResult.Produced.of("outputClaim", new ClaimValue.StringCollectionValue(parts));
    }
}
