package io.trustframe.engine.claims;

import org.junit.jupiter.api.Test;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.DATE_TIME;
import static io.trustframe.engine.claims.DataType.INT;
import static io.trustframe.engine.claims.DataType.LONG;
import static io.trustframe.engine.claims.DataType.PHONE_NUMBER;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.claims.DataType.STRING_COLLECTION;
import static org.assertj.core.api.Assertions.assertThat;

class DataTypeTest {

    @Test
    void typesFitWhereB2cConvertsAndNowhereElse() {
        assertThat(INT.accepts(LONG)).isTrue();
        assertThat(STRING.accepts(PHONE_NUMBER)).isTrue();
        assertThat(DATE_TIME.accepts(STRING)).isTrue();
        assertThat(BOOLEAN.accepts(STRING)).isFalse();
        assertThat(STRING.accepts(BOOLEAN)).isFalse();
        assertThat(STRING_COLLECTION.accepts(STRING)).isFalse();
        assertThat(STRING.accepts(DATE_TIME)).isFalse();
    }

    @Test
    void aClaimTypeMayDeclareOnlyTheClaimsSchemaTypes() {
        assertThat(DataType.fromClaimsSchema("DateTime")).contains(DATE_TIME);
        assertThat(DataType.fromClaimsSchema("alternativeSecurityId")).isEmpty();
        assertThat(DataType.fromSchemaName("alternativeSecurityId")).contains(DataType.ALTERNATIVE_SECURITY_ID);
        assertThat(DataType.claimsSchemaTypes()).extracting(DataType::schemaName).containsExactly("boolean", "date",
                "dateTime", "duration", "int", "long", "string", "stringCollection", "alternativeSecurityIdCollection",
                "phoneNumber");
    }
}
