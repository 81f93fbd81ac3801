package io.trustframe.engine.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of {@code ClaimType/DataType} in a B2C ClaimsSchema, and of {@code InputParameter/@DataType}, plus the
 * types the engine itself gives claims it reads from a directory or writes for a social account. Names are matched
 * case-insensitively because B2C does (policies write both {@code dateTime} and {@code DateTime}).
 */
public enum DataType {
    // In the order of the ClaimsSchema reference, which validation messages list them in.
    BOOLEAN("boolean", true),
    DATE("date", true),
    DATE_TIME("dateTime", true),
    DURATION("duration", true),
    INT("int", true),
    LONG("long", true),
    STRING("string", true),
    STRING_COLLECTION("stringCollection", true),
    ALTERNATIVE_SECURITY_ID_COLLECTION("alternativeSecurityIdCollection", true),
    PHONE_NUMBER("phoneNumber", true),
    // The directory's own shapes: a single social identity and user identities are not ClaimType data types.
    ALTERNATIVE_SECURITY_ID("alternativeSecurityId", false),
    USER_IDENTITY("userIdentity", false),
    USER_IDENTITY_COLLECTION("userIdentityCollection", false);

    private final String schemaName;
    private final boolean claimsSchema;

    DataType(String schemaName, boolean claimsSchema) {
        this.schemaName = schemaName;
        this.claimsSchema = claimsSchema;
    }

    /** The spelling the B2C schema uses, e.g. {@code dateTime}. */
    public String schemaName() {
        return schemaName;
    }

    /**
     * Whether B2C lets a claim of type {@code actual} stand where this type is declared: the same type, int and long
     * mixed, string and phoneNumber mixed, or a string read as a date (the starter pack passes its string
     * refresh-token dates to AssertDateTimeIsGreaterThan).
     */
    public boolean accepts(DataType actual) {
        return this == actual
                || isNumber() && actual.isNumber()
                || isText() && actual.isText()
                || isDate() && (actual.isDate() || actual == STRING);
    }

    private boolean isNumber() {
        return this == INT || this == LONG;
    }

    private boolean isText() {
        return this == STRING || this == PHONE_NUMBER;
    }

    private boolean isDate() {
        return this == DATE || this == DATE_TIME;
    }

    /** Any data type the engine knows, including the directory's own shapes. */
    public static Optional<DataType> fromSchemaName(String name) {
        return find(name, List.of(values()));
    }

    /** Only the data types the ClaimsSchema reference lets a ClaimType or an InputParameter declare. */
    public static Optional<DataType> fromClaimsSchema(String name) {
        return find(name, claimsSchemaTypes());
    }

    /** The data types a ClaimType may declare, in the reference's order. */
    public static List<DataType> claimsSchemaTypes() {
        return Arrays.stream(values()).filter(type -> type.claimsSchema).toList();
    }

    private static Optional<DataType> find(String name, List<DataType> candidates) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return candidates.stream().filter(type -> type.schemaName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return schemaName;
    }
}
