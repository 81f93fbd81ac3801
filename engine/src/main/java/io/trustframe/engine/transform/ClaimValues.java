package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.ClaimValueFormatException;
import io.trustframe.engine.claims.DataType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Reading claim values as the type a method works on. B2C converts between a claim's declared type and what a method
 * needs (a string claim holding "true" feeds a boolean input), so methods go through here instead of casting.
 */
final class ClaimValues {

    private ClaimValues() {
    }

    static boolean bool(String name, ClaimValue value) {
        if (value instanceof ClaimValue.BooleanValue b) {
            return b.value();
        }
        return parseBoolean(name, value.asString());
    }

    static long number(String name, ClaimValue value) {
        if (value instanceof ClaimValue.IntValue i) {
            return i.value();
        }
        if (value instanceof ClaimValue.LongValue l) {
            return l.value();
        }
        return parseNumber(name, value.asString());
    }

    static Instant instant(String name, ClaimValue value) {
        if (value instanceof ClaimValue.DateTimeValue dt) {
            return dt.value();
        }
        if (value instanceof ClaimValue.DateValue d) {
            return d.value().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return ClaimValue.DateTimeValue.parse(value.asString()).value();
        } catch (ClaimValueFormatException e) {
            throw new TransformationException("'" + name + "' is not a date and time: " + value.asString());
        }
    }

    static List<String> strings(String name, ClaimValue value) {
        if (value instanceof ClaimValue.StringCollectionValue c) {
            return c.values();
        }
        if (value instanceof ClaimValue.StringValue s) {
            return ClaimValue.StringCollectionValue.parse(s.value()).values();
        }
        throw new TransformationException("'" + name + "' is not a string collection");
    }

    static boolean parseBoolean(String name, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new TransformationException("'" + name + "' must be true or false, not '" + text + "'");
    }

    static long parseNumber(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new TransformationException("'" + name + "' must be a whole number, not '" + text + "'");
        }
    }

    /** Converts a method's string result into the data type of the output claim it lands in. */
    static ClaimValue as(DataType type, String text) {
        return ClaimValue.of(text).convertTo(type);
    }

    /**
     * .NET StringComparison names used by B2C policies. Only whether case is ignored matters for the ordinal and
     * invariant comparisons B2C documents; culture-aware ones are treated like their ordinal counterparts.
     */
    static boolean ignoresCase(String stringComparison) {
        String c = stringComparison.trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "ordinal", "invariantculture", "currentculture" -> false;
            case "ordinalignorecase", "invariantcultureignorecase", "currentcultureignorecase" -> true;
            default -> throw new TransformationException("unknown stringComparison '" + stringComparison + "'");
        };
    }

    static boolean equal(String a, String b, boolean ignoreCase) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }
}
