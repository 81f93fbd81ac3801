package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of .NET {@code String.Format} that B2C's format transformations document: {@code {index[,alignment][:format]}}
 * items, {@code {{ }}} escapes, null arguments rendered as empty, and culture-aware N/D/F numeric and d/D date specifiers.
 */
final class DotNetFormat {

    /** B2C rejects formats and results longer than this (FormatStringClaim, FormatLocalizedString notes). */
    static final int MAX_LENGTH = 4000;

    private static final Pattern EXPRESSION = Pattern.compile("\\{(TechnicalProfileId|RelyingPartyTenantId|TrustFrameworkTenantId)}");

    private DotNetFormat() {
    }

    /**
     * Replaces the string claims transformation expressions ({@code {RelyingPartyTenantId}}, …) with their values. When
     * the text is a format string the values are brace-escaped, so they are not taken for format items afterwards.
     */
    static String resolveExpressions(String text, Map<String, String> expressions, boolean formatString) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = expressions.get(m.group(1));
            String replacement = value == null ? m.group()
                    : formatString ? value.replace("{", "{{").replace("}", "}}") : value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String format(String format, List<ClaimValue> args, Locale culture) {
        if (format.length() > MAX_LENGTH) {
            throw new TransformationException("the format string is longer than " + MAX_LENGTH + " characters");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '{') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int end = format.indexOf('}', i);
                if (end < 0) {
                    throw new TransformationException("format string has an unclosed '{': " + format);
                }
                out.append(item(format.substring(i + 1, end), args, culture, format));
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new TransformationException("format string has an unmatched '}': " + format);
            } else {
                out.append(c);
                i++;
            }
        }
        if (out.length() > MAX_LENGTH) {
            throw new TransformationException("the formatted string is longer than " + MAX_LENGTH + " characters");
        }
        return out.toString();
    }

    private static String item(String spec, List<ClaimValue> args, Locale culture, String format) {
        String formatSpec = null;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            formatSpec = spec.substring(colon + 1);
            spec = spec.substring(0, colon);
        }
        int alignment = 0;
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            alignment = parseInt(spec.substring(comma + 1).trim(), format);
            spec = spec.substring(0, comma);
        }
        int index = parseInt(spec.trim(), format);
        if (index < 0 || index >= args.size()) {
            throw new TransformationException("format item {" + index + "} has no argument: " + format);
        }
        ClaimValue arg = args.get(index);
        String text = arg == null ? "" : render(arg, formatSpec, culture);
        if (Math.abs(alignment) > text.length()) {
            String pad = " ".repeat(Math.abs(alignment) - text.length());
            text = alignment > 0 ? pad + text : text + pad;
        }
        return text;
    }

    private static String render(ClaimValue arg, String formatSpec, Locale culture) {
        if (formatSpec == null || formatSpec.isEmpty()) {
            return arg.asString();
        }
        Long number = arg instanceof ClaimValue.IntValue i ? Long.valueOf(i.value())
                : arg instanceof ClaimValue.LongValue l ? Long.valueOf(l.value()) : null;
        char kind = Character.toUpperCase(formatSpec.charAt(0));
        int precision = formatSpec.length() > 1 ? parseInt(formatSpec.substring(1), formatSpec) : -1;
        if (number != null) {
            switch (kind) {
                case 'D':
                    String digits = Long.toString(Math.abs(number));
                    if (precision > digits.length()) {
                        digits = "0".repeat(precision - digits.length()) + digits;
                    }
                    return (number < 0 ? "-" : "") + digits;
                case 'N':
                case 'F':
                    NumberFormat nf = NumberFormat.getNumberInstance(culture);
                    nf.setGroupingUsed(kind == 'N');
                    int decimals = precision < 0 ? 2 : precision;
                    nf.setMinimumFractionDigits(decimals);
                    nf.setMaximumFractionDigits(decimals);
                    return nf.format(number);
                default:
                    return arg.asString();
            }
        }
        if (arg instanceof ClaimValue.DateTimeValue || arg instanceof ClaimValue.DateValue) {
            FormatStyle style = formatSpec.equals("D") ? FormatStyle.LONG : formatSpec.equals("d") ? FormatStyle.SHORT : null;
            if (style != null) {
                var date = arg instanceof ClaimValue.DateValue d ? d.value()
                        : ((ClaimValue.DateTimeValue) arg).value().atOffset(ZoneOffset.UTC).toLocalDate();
                return DateTimeFormatter.ofLocalizedDate(style).withLocale(culture).format(date);
            }
        }
        return arg.asString();
    }

    private static int parseInt(String text, String format) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TransformationException("invalid format item in: " + format);
        }
    }
}
