package io.trustframe.engine.claims;

import java.util.Locale;
import java.util.Optional;

/**
 * The values of {@code ClaimType/DataType} in a B2C ClaimsSchema, and of {@code InputParameter/@DataType}.
 * Names are matched case-insensitively because B2C does (policies write both {@code dateTime} and {@code DateTime}).
 */
public enum DataType {
    BOOLEAN("boolean"),
    DATE("date"),
    DATE_TIME("dateTime"),
    DURATION("duration"),
    INT("int"),
    LONG("long"),
    STRING("string"),
    STRING_COLLECTION("stringCollection"),
    PHONE_NUMBER("phoneNumber"),
    ALTERNATIVE_SECURITY_ID("alternativeSecurityId"),
    ALTERNATIVE_SECURITY_ID_COLLECTION("alternativeSecurityIdCollection"),
    USER_IDENTITY("userIdentity"),
    USER_IDENTITY_COLLECTION("userIdentityCollection");

    private final String schemaName;

    DataType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The spelling the B2C schema uses, e.g. {@code dateTime}. */
    public String schemaName() {
        return schemaName;
    }

    public static Optional<DataType> fromSchemaName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (DataType type : values()) {
            if (type.schemaName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return schemaName;
    }
}
