package io.trustframe.bank.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.trustframe.bank.payments.PayeeAccount;

/** How the pages print times and accounts: templates call it as {@code @formats}. */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** An account as carried in a token or stored: IBANs in groups of four. */
    public String account(String account) {
        return new PayeeAccount(account).formatted();
    }
}
