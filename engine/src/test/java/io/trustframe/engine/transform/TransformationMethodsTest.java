package io.trustframe.engine.transform;

import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TransformationMethodsTest {

    /** Every method of the B2C claims transformations reference, by page. */
    private static final List<String> DOCUMENTED = List.of(
            "AndClaims", "AssertBooleanClaimIsEqualToValue", "CompareBooleanClaimToValue", "NotClaims", "OrClaims",
            "AssertDateTimeIsGreaterThan", "ConvertDateTimeToDateClaim", "ConvertDateToDateTimeClaim", "DateTimeComparison",
            "GetCurrentDateTime", "IsTermsOfUseConsentRequired",
            "CopyClaim", "DoesClaimExist", "Hash",
            "AdjustNumber", "AssertNumber", "ConvertNumberToStringClaim",
            "CreateJsonArray", "GenerateJson", "GetClaimFromJson", "GetClaimsFromJsonArray", "GetClaimsFromJsonArrayV2",
            "GetNumericClaimFromJson", "GetSingleItemFromJson", "GetSingleValueFromJsonArray", "XmlStringToJsonString",
            "ConvertPhoneNumberClaimToString", "ConvertStringToPhoneNumberClaim",
            "GetNationalNumberAndCountryCodeFromPhoneNumberString",
            "AddItemToAlternativeSecurityIdCollection", "CreateAlternativeSecurityId",
            "GetIdentityProvidersFromAlternativeSecurityIdCollectionTransformation",
            "RemoveAlternativeSecurityIdByIdentityProvider",
            "AssertStringClaimsAreEqual", "BuildUri", "ChangeCase", "CompareClaims", "CompareClaimToValue",
            "CopyClaimIfPredicateMatch", "CreateOtpSecret", "CreateRandomString", "CreateStringClaim", "FormatLocalizedString",
            "FormatStringClaim", "FormatStringMultipleClaims", "GetLocalizedStringsTransformation",
            "GetMappedValueFromLocalizedCollection", "LookupValue", "NullClaim", "ParseDomain", "SetClaimIfBooleansMatch",
            "SetClaimsIfRegexMatch", "SetClaimsIfStringsAreEqual", "SetClaimsIfStringsMatch", "StringContains",
            "StringSubstring", "StringReplace", "StringJoin", "StringSplit",
            "AddItemToStringCollection", "AddParameterToStringCollection", "GetSingleItemFromStringCollection",
            "StringCollectionContains", "StringCollectionContainsClaim");

    @Test
    void everyDocumentedMethodIsRegisteredUnderItsDocumentedName() {
        assertThat(TransformationMethods.all()).extracting(RegisteredMethod::name)
                .containsExactlyInAnyOrderElementsOf(DOCUMENTED);
        assertThat(DOCUMENTED).hasSize(64);
    }

    @Test
    void methodNamesAreMatchedWithoutRegardToCase() {
        assertThat(TransformationMethods.byName("formatstringclaim")).map(RegisteredMethod::name).contains("FormatStringClaim");
        assertThat(TransformationMethods.byName("ASSERTSTRINGCLAIMSAREEQUAL")).isPresent();
        assertThat(TransformationMethods.byName("NoSuchMethod")).isEmpty();
        assertThat(TransformationMethods.byName(null)).isEmpty();
    }

    @Test
    void methodsThatRaiseAUserErrorDeclareTheMetadataKeyOfItsMessage() {
        assertThat(TransformationMethods.byName("AssertStringClaimsAreEqual").orElseThrow().signature().userMessageMetadataKey())
                .contains("UserMessageIfClaimsTransformationStringsAreNotEqual");
        assertThat(TransformationMethods.byName("AssertBooleanClaimIsEqualToValue").orElseThrow().signature().userMessageMetadataKey())
                .contains("UserMessageIfClaimsTransformationBooleanValueIsNotEqual");
        assertThat(TransformationMethods.byName("AssertDateTimeIsGreaterThan").orElseThrow().signature().userMessageMetadataKey())
                .contains("DateTimeGreaterThan");
        assertThat(TransformationMethods.byName("AndClaims").orElseThrow().signature().userMessageMetadataKey()).isEmpty();
    }

    @Test
    void signaturesDeclareSlotsWithDataTypes() {
        MethodSignature compare = TransformationMethods.byName("CompareClaims").orElseThrow().signature();
        assertThat(compare.family()).isEqualTo("String");
        assertThat(compare.inputClaim("INPUTCLAIM1")).hasValueSatisfying(slot -> {
            assertThat(slot.required()).isTrue();
            assertThat(slot.accepts(DataType.STRING)).isTrue();
        });
        assertThat(compare.inputParameter("ignoreCase")).hasValueSatisfying(slot -> assertThat(slot.required()).isFalse());
        assertThat(compare.outputClaim("outputClaim")).hasValueSatisfying(slot -> assertThat(slot.accepts(DataType.BOOLEAN)).isTrue());
        assertThat(TransformationMethods.byName("GenerateJson").orElseThrow().signature().otherInputClaims()).isTrue();
    }

    @Test
    void noMethodDeclaresTheSameSlotNameTwice() {
        for (MethodSignature signature : TransformationMethods.signatures()) {
            for (List<Slot> slots : List.of(signature.inputClaims(), signature.inputParameters(), signature.outputClaims())) {
                Set<String> names = new HashSet<>();
                slots.stream().flatMap(slot -> Stream.concat(Stream.of(slot.name()), slot.aliases().stream()))
                        .forEach(name -> assertThat(names.add(name.toLowerCase(Locale.ROOT)))
                                .as("%s declares %s twice", signature.name(), name).isTrue());
            }
        }
    }

    @Test
    void slotsAcceptTheTypesB2cConvertsBetweenAndTheNamesTheReferenceUses() {
        MethodSignature adjust = TransformationMethods.byName("AdjustNumber").orElseThrow().signature();
        assertThat(adjust.inputClaim("inputClaim").orElseThrow().accepts(DataType.LONG)).isTrue();
        assertThat(adjust.inputClaim("inputClaim").orElseThrow().accepts(DataType.STRING)).isFalse();
        MethodSignature json = TransformationMethods.byName("GetClaimsFromJsonArray").orElseThrow().signature();
        assertThat(json.inputClaim("jsonSourceClaim")).map(Slot::name).contains("jsonSource");
        MethodSignature copy = TransformationMethods.byName("CopyClaim").orElseThrow().signature();
        assertThat(copy.inputClaim("inputClaim").orElseThrow().acceptsAnyType()).isTrue();
    }

    @Test
    void buildUriTakesOtherNamesOnlyAsQueryItems() {
        MethodSignature buildUri = TransformationMethods.byName("BuildUri").orElseThrow().signature();
        assertThat(buildUri.takesOtherInputClaim("query.secret")).isTrue();
        assertThat(buildUri.takesOtherInputParameter("Query.Issuer")).isTrue();
        assertThat(buildUri.takesOtherInputClaim("secret")).isFalse();
        assertThat(buildUri.takesOtherInputClaim(null)).isFalse();
        assertThat(TransformationMethods.byName("FormatLocalizedString").orElseThrow().signature().takesOtherInputClaim(null))
                .isTrue();
    }

    @Test
    void everyFamilyPageIsRepresented() {
        assertThat(TransformationMethods.signatures()).extracting(MethodSignature::family).containsOnly(
                "Boolean", "Date", "General", "Integer", "JSON", "PhoneNumber", "SocialAccounts", "String", "StringCollection");
    }

    @Test
    void aMethodWithNothingBoundFailsWithAResultInsteadOfThrowing() {
        TransformationContext context = new TransformationContext(Clock.systemUTC(), new Random(1), Locale.ENGLISH,
                TransformationContext.LocalizedStrings.none(), Map.of(), TransformationContext.PolicySecrets.none());
        TransformationInput nothing = new TransformationInput(List.of(), List.of(), List.of());
        for (RegisteredMethod method : TransformationMethods.all()) {
            MethodSignature signature = method.signature();
            boolean needsSomething = signature.inputClaims().stream().anyMatch(Slot::required)
                    || signature.inputParameters().stream().anyMatch(Slot::required);
            TransformationResult result = method.apply(nothing, context);
            if (needsSomething) {
                assertThat(result).as(method.name()).isInstanceOf(TransformationResult.Failed.class);
            } else {
                assertThat(result).as(method.name()).isInstanceOf(TransformationResult.Produced.class);
            }
        }
    }
}
