package io.trustframe.engine.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date, dateTime and duration string forms B2C reads and writes. */
final class ClaimDateTimes {

    private static final DateTimeFormatter B2C_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** .NET TimeSpan "c" format: [-][d.]hh:mm:ss[.fffffff]. */
    private static final Pattern TIME_SPAN =
            Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    /** ClaimsSchema duration: P (or N for negative) then date part, then T and time part. */
    private static final Pattern ISO_DURATION =
            Pattern.compile("(P|N|-P)((?:\\d+Y)?(?:\\d+Mo?)?(?:\\d+W)?(?:\\d+D)?)(?:T((?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?))?");

    private ClaimDateTimes() {
    }

    static String format(Instant instant) {
        return B2C_DATE_TIME.format(instant);
    }

    static Instant parseDateTime(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new ClaimValueFormatException(DataType.DATE_TIME, text, "expected ISO 8601, e.g. 2022-01-03T11:34:22Z");
                }
            }
        }
    }

    static LocalDate parseDate(String text) {
        String t = text.trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException notDate) {
            try {
                return parseDateTime(t).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (ClaimValueFormatException notDateTime) {
                throw new ClaimValueFormatException(DataType.DATE, text, "expected yyyy-MM-dd");
            }
        }
    }

    static ClaimValue.DurationValue parseDuration(String text) {
        String t = text.trim();
        Matcher timeSpan = TIME_SPAN.matcher(t);
        if (timeSpan.matches()) {
            Duration d = Duration.ofDays(timeSpan.group(2) == null ? 0 : Long.parseLong(timeSpan.group(2)))
                    .plusHours(Long.parseLong(timeSpan.group(3)))
                    .plusMinutes(Long.parseLong(timeSpan.group(4)))
                    .plusSeconds(Long.parseLong(timeSpan.group(5)));
            if (timeSpan.group(6) != null) {
                String ticks = (timeSpan.group(6) + "0000000").substring(0, 7);
                d = d.plusNanos(Long.parseLong(ticks) * 100);
            }
            return ClaimValue.DurationValue.of(timeSpan.group(1) == null ? d : d.negated());
        }
        Matcher iso = ISO_DURATION.matcher(t);
        if (!iso.matches() || (iso.group(2).isEmpty() && iso.group(3) == null)) {
            throw new ClaimValueFormatException(DataType.DURATION, text, "expected PnYnMnDTnHnMnS or [d.]hh:mm:ss");
        }
        boolean negative = iso.group(1).equals("N") || iso.group(1).equals("-P");
        try {
            Period period = iso.group(2).isEmpty() ? Period.ZERO : Period.parse("P" + iso.group(2).replace("Mo", "M"));
            Duration time = iso.group(3) == null ? Duration.ZERO : Duration.parse("PT" + iso.group(3));
            return negative
                    ? new ClaimValue.DurationValue(period.negated(), time.negated())
                    : new ClaimValue.DurationValue(period, time);
        } catch (DateTimeParseException e) {
            throw new ClaimValueFormatException(DataType.DURATION, text, "expected PnYnMnDTnHnMnS or [d.]hh:mm:ss");
        }
    }

    /** The ClaimsSchema form, {@code N} marking a negative duration as the schema documents. */
    static String format(ClaimValue.DurationValue duration) {
        Period period = duration.period();
        Duration time = duration.time();
        boolean negative = period.isNegative() || time.isNegative();
        if (negative) {
            period = period.negated();
            time = time.negated();
        }
        StringBuilder out = new StringBuilder(negative ? "N" : "P");
        if (period.getYears() != 0) {
            out.append(period.getYears()).append('Y');
        }
        if (period.getMonths() != 0) {
            out.append(period.getMonths()).append('M');
        }
        if (period.getDays() != 0) {
            out.append(period.getDays()).append('D');
        }
        if (!time.isZero() || out.length() == 1) {
            out.append(time.toString().substring(1));
        }
        return out.toString();
    }
}
