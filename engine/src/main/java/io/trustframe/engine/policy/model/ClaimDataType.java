package io.trustframe.engine.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The documented values of {@code ClaimType/DataType}, plus alternativeSecurityIdCollection, which the
 * social-account claims transformations read and write.
 */
public enum ClaimDataType {
    BOOLEAN("boolean"),
    DATE("date"),
    DATE_TIME("dateTime"),
    DURATION("duration"),
    INT("int"),
    LONG("long"),
    STRING("string"),
    STRING_COLLECTION("stringCollection"),
    ALTERNATIVE_SECURITY_ID_COLLECTION("alternativeSecurityIdCollection"),
    PHONE_NUMBER("phoneNumber");

    private final String xmlName;

    ClaimDataType(String xmlName) {
        this.xmlName = xmlName;
    }

    public String xmlName() {
        return xmlName;
    }

    /** Case-insensitive, as B2C reads enumerated values. */
    public static Optional<ClaimDataType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ClaimDataType type : values()) {
            if (type.xmlName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
