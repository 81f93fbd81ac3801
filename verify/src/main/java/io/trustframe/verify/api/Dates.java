package io.trustframe.verify.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Twilio's two date formats: ISO 8601 in Verify v2, RFC 2822 in the 2010-04-01 API. */
final class Dates {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** {@code 2015-07-30T20:00:00Z} */
    static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code 2015-07-30T20:00:00.000Z}, as in {@code send_code_attempts[].time} */
    static String isoMillis(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    /** {@code Thu, 30 Jul 2015 20:00:00 +0000} */
    static String rfc2822(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}
