package io.trustframe.engine.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date, dateTime and duration string forms B2C reads and writes. */
final class ClaimDateTimes {

    private static final DateTimeFormatter B2C_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** .NET TimeSpan "c" format: [-][d.]hh:mm:ss[.fffffff]. */
    private static final Pattern TIME_SPAN =
            Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

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

    static Duration parseDuration(String text) {
        String t = text.trim();
        Matcher m = TIME_SPAN.matcher(t);
        if (m.matches()) {
            Duration d = Duration.ofDays(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
                    .plusHours(Long.parseLong(m.group(3)))
                    .plusMinutes(Long.parseLong(m.group(4)))
                    .plusSeconds(Long.parseLong(m.group(5)));
            if (m.group(6) != null) {
                String ticks = (m.group(6) + "0000000").substring(0, 7);
                d = d.plusNanos(Long.parseLong(ticks) * 100);
            }
            return m.group(1) == null ? d : d.negated();
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new ClaimValueFormatException(DataType.DURATION, text, "expected [d.]hh:mm:ss or ISO 8601 PT…");
        }
    }

    static String format(Duration duration) {
        Duration abs = duration.abs().truncatedTo(ChronoUnit.NANOS);
        StringBuilder out = new StringBuilder();
        if (duration.isNegative()) {
            out.append('-');
        }
        if (abs.toDays() > 0) {
            out.append(abs.toDays()).append('.');
        }
        out.append(String.format("%02d:%02d:%02d", abs.toHoursPart(), abs.toMinutesPart(), abs.toSecondsPart()));
        long ticks = abs.toNanosPart() / 100;
        if (ticks > 0) {
            out.append('.').append(String.format("%07d", ticks));
        }
        return out.toString();
    }
}
