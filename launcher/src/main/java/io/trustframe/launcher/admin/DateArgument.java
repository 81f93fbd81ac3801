package io.trustframe.launcher.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option: {@code 2027-01-31} (the start of that day, UTC) or an instant such as {@code 2027-01-31T12:00:00Z}. */
final class DateArgument implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: expected 2027-01-31 or 2027-01-31T12:00:00Z");
        }
    }
}
