package io.trustframe.engine.policy.validate;

import static io.trustframe.engine.policy.model.ClaimDataType.BOOLEAN;
import static io.trustframe.engine.policy.model.ClaimDataType.DATE_TIME;
import static io.trustframe.engine.policy.model.ClaimDataType.INT;
import static io.trustframe.engine.policy.model.ClaimDataType.LONG;
import static io.trustframe.engine.policy.model.ClaimDataType.PHONE_NUMBER;
import static io.trustframe.engine.policy.model.ClaimDataType.STRING;
import static io.trustframe.engine.policy.model.ClaimDataType.STRING_COLLECTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TransformationMethodsTest {

    @Test
    void methodsAreFoundRegardlessOfCase() {
        assertThat(TransformationMethods.find("formatstringclaim")).map(TransformationMethod::name)
                .contains("FormatStringClaim");
        assertThat(TransformationMethods.find("TurnIntoGold")).isEmpty();
    }

    @Test
    void everyFamilyOfTheReferenceIsInTheTable() {
        assertThat(TransformationMethods.all()).extracting(TransformationMethod::name).contains("AndClaims",
                "GetCurrentDateTime", "CopyClaim", "AdjustNumber", "GenerateJson", "ConvertStringToPhoneNumberClaim",
                "CreateAlternativeSecurityId", "StringSplit", "AddItemToStringCollection", "CreateOtpSecret");
        assertThat(TransformationMethods.all()).hasSizeGreaterThan(60);
    }

    @Test
    void noMethodDeclaresTheSameSlotTwice() {
        for (TransformationMethod method : TransformationMethods.all()) {
            for (List<TransformationMethod.Slot> slots : List.of(method.inputClaims(), method.inputParameters(),
                    method.outputClaims())) {
                Set<String> names = new HashSet<>();
                for (TransformationMethod.Slot slot : slots) {
                    assertThat(names.add(slot.name().toLowerCase(Locale.ROOT)))
                            .as("%s declares %s twice", method.name(), slot.name()).isTrue();
                }
            }
        }
    }

    @Test
    void theSignatureOfAStringCollectionMethodIsTheDocumentedOne() {
        TransformationMethod add = TransformationMethods.find("AddItemToStringCollection").orElseThrow();

        assertThat(add.inputClaim("item")).map(TransformationMethod.Slot::dataType).contains(STRING);
        assertThat(add.inputClaim("collection")).map(TransformationMethod.Slot::dataType).contains(STRING_COLLECTION);
        assertThat(add.outputClaim("collection")).map(TransformationMethod.Slot::dataType).contains(STRING_COLLECTION);
        assertThat(add.inputParameters()).isEmpty();
    }

    @Test
    void dataTypesFitWhereB2cConvertsAndNowhereElse() {
        assertThat(TransformationChecks.fits(INT, LONG)).isTrue();
        assertThat(TransformationChecks.fits(STRING, PHONE_NUMBER)).isTrue();
        assertThat(TransformationChecks.fits(DATE_TIME, STRING)).isTrue();
        assertThat(TransformationChecks.fits(BOOLEAN, STRING)).isFalse();
        assertThat(TransformationChecks.fits(STRING, BOOLEAN)).isFalse();
        assertThat(TransformationChecks.fits(STRING_COLLECTION, STRING)).isFalse();
        assertThat(TransformationChecks.fits(STRING, DATE_TIME)).isFalse();
    }
}
