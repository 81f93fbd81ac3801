package io.trustframe.engine.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The value of one claim in the claims bag, typed by the B2C {@link DataType}. Values are immutable and can be read
 * from and written back to the string forms B2C uses (what a claim resolver, a REST body or the directory sees):
 * {@code true}, {@code 2022-01-03}, {@code 2022-01-03T00:00:00.0000000Z}, {@code +11234567890}, JSON for documents.
 */
public sealed interface ClaimValue {

    DataType dataType();

    /** The B2C string form of this value. */
    String asString();

    /** Reads {@code text} as a value of {@code type}; throws {@link ClaimValueFormatException} when it is not one. */
    static ClaimValue parse(DataType type, String text) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        return switch (type) {
            case STRING -> new StringValue(text);
            case BOOLEAN -> BooleanValue.parse(text);
            case INT -> IntValue.parse(text);
            case LONG -> LongValue.parse(text);
            case DATE -> DateValue.parse(text);
            case DATE_TIME -> DateTimeValue.parse(text);
            case DURATION -> DurationValue.parse(text);
            case PHONE_NUMBER -> PhoneNumberValue.parse(text);
            case STRING_COLLECTION -> StringCollectionValue.parse(text);
            case ALTERNATIVE_SECURITY_ID -> new AlternativeSecurityIdValue(ClaimDocuments.readAlternativeSecurityId(text));
            case ALTERNATIVE_SECURITY_ID_COLLECTION ->
                    new AlternativeSecurityIdCollectionValue(ClaimDocuments.readAlternativeSecurityIds(text));
            case USER_IDENTITY -> new UserIdentityValue(ClaimDocuments.readUserIdentity(text));
            case USER_IDENTITY_COLLECTION -> new UserIdentityCollectionValue(ClaimDocuments.readUserIdentities(text));
        };
    }

    /**
     * This value as a claim of {@code target} type, through its string form: a transformation's boolean result landing
     * in a string claim becomes "true", a string "42" landing in an int claim becomes 42. Throws
     * {@link ClaimValueFormatException} when the string form is not a valid value of the target type.
     */
    default ClaimValue convertTo(DataType target) {
        return dataType() == target ? this : parse(target, asString());
    }

    static StringValue of(String text) {
        return new StringValue(text);
    }

    static BooleanValue of(boolean value) {
        return new BooleanValue(value);
    }

    record StringValue(String value) implements ClaimValue {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        public DataType dataType() {
            return DataType.STRING;
        }

        public String asString() {
            return value;
        }
    }

    record BooleanValue(boolean value) implements ClaimValue {
        /** B2C reads booleans like .NET's bool.Parse: {@code true}/{@code false} in any case, surrounding blanks allowed. */
        public static BooleanValue parse(String text) {
            String t = text.trim();
            if (t.equalsIgnoreCase("true")) {
                return new BooleanValue(true);
            }
            if (t.equalsIgnoreCase("false")) {
                return new BooleanValue(false);
            }
            throw new ClaimValueFormatException(DataType.BOOLEAN, text, "expected true or false");
        }

        public DataType dataType() {
            return DataType.BOOLEAN;
        }

        public String asString() {
            return Boolean.toString(value);
        }
    }

    record IntValue(int value) implements ClaimValue {
        public static IntValue parse(String text) {
            try {
                return new IntValue(Integer.parseInt(text.trim()));
            } catch (NumberFormatException e) {
                throw new ClaimValueFormatException(DataType.INT, text, "expected a 32-bit integer");
            }
        }

        public DataType dataType() {
            return DataType.INT;
        }

        public String asString() {
            return Integer.toString(value);
        }
    }

    record LongValue(long value) implements ClaimValue {
        public static LongValue parse(String text) {
            try {
                return new LongValue(Long.parseLong(text.trim()));
            } catch (NumberFormatException e) {
                throw new ClaimValueFormatException(DataType.LONG, text, "expected a 64-bit integer");
            }
        }

        public DataType dataType() {
            return DataType.LONG;
        }

        public String asString() {
            return Long.toString(value);
        }
    }

    record DateValue(LocalDate value) implements ClaimValue {
        public DateValue {
            Objects.requireNonNull(value, "value");
        }

        /** {@code yyyy-MM-dd}; a date-time is accepted too and keeps its date part (UTC). */
        public static DateValue parse(String text) {
            return new DateValue(ClaimDateTimes.parseDate(text));
        }

        public DataType dataType() {
            return DataType.DATE;
        }

        public String asString() {
            return value.toString();
        }
    }

    record DateTimeValue(Instant value) implements ClaimValue {
        public DateTimeValue {
            Objects.requireNonNull(value, "value");
        }

        /** ISO 8601 with or without offset (no offset means UTC, as B2C stores dateTime claims in UTC) or a bare date. */
        public static DateTimeValue parse(String text) {
            return new DateTimeValue(ClaimDateTimes.parseDateTime(text));
        }

        public DataType dataType() {
            return DataType.DATE_TIME;
        }

        /** B2C renders dateTime claims with seven fraction digits and a Z: {@code 2022-01-03T00:00:00.0000000Z}. */
        public String asString() {
            return ClaimDateTimes.format(value);
        }
    }

    /**
     * A B2C duration: {@code PnYnMnDTnHnMnS}, years, months and days kept apart from the time of day because their
     * length depends on the calendar. Negative durations have both parts negated.
     */
    record DurationValue(Period period, Duration time) implements ClaimValue {
        public DurationValue {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(time, "time");
        }

        public static DurationValue of(Duration time) {
            return new DurationValue(Period.ZERO, time);
        }

        /**
         * The ClaimsSchema form {@code P1Y2Mo5DT8H5M20S} ({@code N} instead of {@code P} for a negative duration;
         * {@code M} is accepted for months as in ISO 8601), or a .NET TimeSpan {@code [-][d.]hh:mm:ss[.fffffff]}.
         */
        public static DurationValue parse(String text) {
            return ClaimDateTimes.parseDuration(text);
        }

        public DataType dataType() {
            return DataType.DURATION;
        }

        public String asString() {
            return ClaimDateTimes.format(this);
        }
    }

    /** A phone number in E.164 form ({@code +11234567890}), the standard format B2C keeps phoneNumber claims in. */
    record PhoneNumberValue(String e164) implements ClaimValue {
        public PhoneNumberValue {
            Objects.requireNonNull(e164, "e164");
            if (!e164.matches("\\+[1-9][0-9]{1,16}")) {
                throw new ClaimValueFormatException(DataType.PHONE_NUMBER, e164, "expected E.164, e.g. +11234567890");
            }
        }

        /** Reads an international number ({@code +1 (123) 456-7890}) into E.164. */
        public static PhoneNumberValue parse(String text) {
            return PhoneNumbers.parseInternational(text)
                    .orElseThrow(() -> new ClaimValueFormatException(DataType.PHONE_NUMBER, text,
                            "expected an international number with a leading + and country code"));
        }

        public DataType dataType() {
            return DataType.PHONE_NUMBER;
        }

        public String asString() {
            return e164;
        }
    }

    record StringCollectionValue(List<String> values) implements ClaimValue {
        public StringCollectionValue {
            values = List.copyOf(values);
        }

        /** A JSON array of strings; any other text is a collection of that one item. */
        public static StringCollectionValue parse(String text) {
            return new StringCollectionValue(ClaimDocuments.readStringCollection(text));
        }

        public DataType dataType() {
            return DataType.STRING_COLLECTION;
        }

        public String asString() {
            return ClaimDocuments.writeStringCollection(values);
        }
    }

    record AlternativeSecurityIdValue(AlternativeSecurityId value) implements ClaimValue {
        public AlternativeSecurityIdValue {
            Objects.requireNonNull(value, "value");
        }

        public DataType dataType() {
            return DataType.ALTERNATIVE_SECURITY_ID;
        }

        public String asString() {
            return ClaimDocuments.write(value);
        }
    }

    record AlternativeSecurityIdCollectionValue(List<AlternativeSecurityId> values) implements ClaimValue {
        public AlternativeSecurityIdCollectionValue {
            values = List.copyOf(values);
        }

        public DataType dataType() {
            return DataType.ALTERNATIVE_SECURITY_ID_COLLECTION;
        }

        public String asString() {
            return ClaimDocuments.writeAlternativeSecurityIds(values);
        }
    }

    record UserIdentityValue(UserIdentity value) implements ClaimValue {
        public UserIdentityValue {
            Objects.requireNonNull(value, "value");
        }

        public DataType dataType() {
            return DataType.USER_IDENTITY;
        }

        public String asString() {
            return ClaimDocuments.write(value);
        }
    }

    record UserIdentityCollectionValue(List<UserIdentity> values) implements ClaimValue {
        public UserIdentityCollectionValue {
            values = List.copyOf(values);
        }

        public DataType dataType() {
            return DataType.USER_IDENTITY_COLLECTION;
        }

        public String asString() {
            return ClaimDocuments.writeUserIdentities(values);
        }
    }
}
