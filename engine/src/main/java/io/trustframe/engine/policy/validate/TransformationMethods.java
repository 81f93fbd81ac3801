package io.trustframe.engine.policy.validate;

import static io.trustframe.engine.policy.model.ClaimDataType.ALTERNATIVE_SECURITY_ID_COLLECTION;
import static io.trustframe.engine.policy.model.ClaimDataType.BOOLEAN;
import static io.trustframe.engine.policy.model.ClaimDataType.DATE;
import static io.trustframe.engine.policy.model.ClaimDataType.DATE_TIME;
import static io.trustframe.engine.policy.model.ClaimDataType.INT;
import static io.trustframe.engine.policy.model.ClaimDataType.LONG;
import static io.trustframe.engine.policy.model.ClaimDataType.PHONE_NUMBER;
import static io.trustframe.engine.policy.model.ClaimDataType.STRING;
import static io.trustframe.engine.policy.model.ClaimDataType.STRING_COLLECTION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.trustframe.engine.policy.model.ClaimDataType;
import io.trustframe.engine.policy.validate.TransformationMethod.Slot;

/**
 * Every documented claims-transformation method (B2C's claims transformations reference: boolean, date, general,
 * integer, JSON, phone number, social account, string, string collection and TOTP families) with its declared
 * input claims, input parameters and output claims. The validator checks policies against it; the executor will
 * implement one class per family and can look methods up here.
 */
public final class TransformationMethods {

    private static final Map<String, TransformationMethod> METHODS = new LinkedHashMap<>();

    static {
        // Boolean
        define("AndClaims").in("inputClaim1", BOOLEAN).in("inputClaim2", BOOLEAN).out("outputClaim", BOOLEAN);
        define("AssertBooleanClaimIsEqualToValue").in("inputClaim", BOOLEAN).param("valueToCompareTo", BOOLEAN);
        define("CompareBooleanClaimToValue").in("inputClaim", BOOLEAN).param("valueToCompareTo", BOOLEAN)
                .out("compareResult", BOOLEAN);
        define("NotClaims").in("inputClaim", BOOLEAN).out("outputClaim", BOOLEAN);
        define("OrClaims").in("inputClaim1", BOOLEAN).in("inputClaim2", BOOLEAN).out("outputClaim", BOOLEAN);
        // Date
        // The reference types the operands string, its examples pass dateTime claims: any type.
        define("AssertDateTimeIsGreaterThan").in("leftOperand", null).in("rightOperand", null)
                .param("AssertIfEqualTo", BOOLEAN).param("AssertIfRightOperandIsNotPresent", BOOLEAN)
                .param("TreatAsEqualIfWithinMillseconds", INT);
        define("ConvertDateToDateTimeClaim").in("inputClaim", DATE).out("outputClaim", DATE_TIME);
        define("ConvertDateTimeToDateClaim").in("inputClaim", DATE_TIME).out("outputClaim", DATE);
        define("DateTimeComparison").in("firstDateTime", DATE_TIME).in("secondDateTime", DATE_TIME)
                .param("operator", STRING).param("timeSpanInSeconds", INT).out("result", BOOLEAN);
        define("GetCurrentDateTime").out("currentDateTime", DATE_TIME);
        define("IsTermsOfUseConsentRequired").in("termsOfUseConsentDateTime", DATE_TIME)
                .param("termsOfUseTextUpdateDateTime", DATE_TIME).out("result", BOOLEAN);
        // General
        define("CopyClaim").in("inputClaim", null).out("outputClaim", null);
        define("DoesClaimExist").in("inputClaim", null).out("outputClaim", BOOLEAN);
        define("Hash").in("plaintext", STRING).in("salt", STRING).param("randomizerSecret", STRING)
                .out("hash", STRING);
        // Integer
        define("AdjustNumber").in("inputClaim", INT).param("Operator", STRING).out("outputClaim", INT);
        // With throwError false, AssertNumber evaluates into a boolean output claim instead of failing.
        define("AssertNumber").in("inputClaim", INT).param("Operator", STRING).param("CompareToValue", INT)
                .param("throwError", BOOLEAN).out("outputClaim", BOOLEAN);
        define("ConvertNumberToStringClaim").in("inputClaim", LONG).out("outputClaim", STRING);
        // JSON
        define("CreateJsonArray").in("inputClaim", STRING).out("outputClaim", STRING);
        define("GenerateJson").openIn().openParams().out("outputClaim", STRING);
        define("GetClaimFromJson").in("inputJson", STRING).param("claimToExtract", STRING)
                .out("extractedClaim", STRING);
        // The table names the input jsonSourceClaim, the reference's example jsonSource; includeEmptyClaims is
        // typed string in the table and boolean in the example. Outputs are the claims named in the JSON.
        define("GetClaimsFromJsonArray").in("jsonSourceClaim", STRING).in("jsonSource", STRING)
                .param("errorOnMissingClaims", BOOLEAN).param("includeEmptyClaims", null)
                .param("jsonSourceKeyName", STRING).param("jsonSourceValueName", STRING).openOut();
        define("GetClaimsFromJsonArrayV2").in("jsonSourceClaim", STRING_COLLECTION).in("jsonSource", STRING_COLLECTION)
                .param("errorOnMissingClaims", BOOLEAN).param("includeEmptyClaims", null)
                .param("jsonSourceKeyName", STRING).param("jsonSourceValueName", STRING).openOut();
        define("GetNumericClaimFromJson").in("inputJson", STRING).param("claimToExtract", STRING)
                .out("extractedClaim", LONG);
        define("GetSingleItemFromJson").in("inputJson", STRING).out("key", STRING).out("value", STRING);
        define("GetSingleValueFromJsonArray").in("inputJsonClaim", STRING).out("extractedClaim", STRING);
        define("XmlStringToJsonString").in("xml", STRING).out("json", STRING);
        // Phone number
        define("ConvertPhoneNumberClaimToString").in("phoneNumber", PHONE_NUMBER).out("phoneNumberString", STRING);
        define("ConvertStringToPhoneNumberClaim").in("phoneNumberString", STRING).in("country", STRING)
                .out("outputClaim", PHONE_NUMBER);
        define("GetNationalNumberAndCountryCodeFromPhoneNumberString").in("phoneNumber", STRING)
                .param("throwExceptionOnFailure", BOOLEAN).param("countryCodeType", STRING)
                .out("nationalNumber", STRING).out("countryCode", STRING);
        // Social accounts
        define("AddItemToAlternativeSecurityIdCollection").in("item", STRING)
                .in("collection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                .out("collection", ALTERNATIVE_SECURITY_ID_COLLECTION);
        define("CreateAlternativeSecurityId").in("key", STRING).in("identityProvider", STRING)
                .out("alternativeSecurityId", STRING);
        define("GetIdentityProvidersFromAlternativeSecurityIdCollectionTransformation")
                .in("alternativeSecurityIdCollection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                .out("identityProvidersCollection", STRING_COLLECTION);
        define("RemoveAlternativeSecurityIdByIdentityProvider").in("identityProvider", STRING)
                .in("collection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                .out("collection", ALTERNATIVE_SECURITY_ID_COLLECTION);
        // String. ignoreCase is documented as boolean but the reference's own examples declare it string: any type.
        define("AssertStringClaimsAreEqual").in("inputClaim1", STRING).in("inputClaim2", STRING)
                .param("stringComparison", STRING);
        define("BuildUri").in("path", STRING).in("query.secret", STRING).param("scheme", STRING)
                .param("host", STRING).param("query.issuer", STRING).out("outputClaim", STRING);
        // The 2018 reference names the output outputClaim, later revisions outputClaim1: both are accepted.
        define("ChangeCase").in("inputClaim1", STRING).param("toCase", STRING).out("outputClaim1", STRING)
                .out("outputClaim", STRING);
        define("CompareClaims").in("inputClaim1", STRING).in("inputClaim2", STRING).param("operator", STRING)
                .param("ignoreCase", null).out("outputClaim", BOOLEAN);
        define("CompareClaimToValue").in("inputClaim1", STRING).param("compareTo", STRING).param("operator", STRING)
                .param("ignoreCase", null).out("outputClaim", BOOLEAN);
        define("CopyClaimIfPredicateMatch").in("inputClaim", STRING).out("outputClaim", STRING);
        define("CreateOtpSecret").out("outputClaim", STRING);
        define("CreateRandomString").param("randomGeneratorType", STRING).param("stringFormat", STRING)
                .param("base64", BOOLEAN).param("maximumNumber", INT).param("seed", INT).out("outputClaim", STRING);
        define("CreateStringClaim").param("value", STRING).out("createdClaim", STRING);
        define("FormatLocalizedString").openIn().param("stringFormatId", STRING).out("outputClaim", STRING);
        define("FormatStringClaim").in("inputClaim", STRING).param("stringFormat", STRING).out("outputClaim", STRING);
        define("FormatStringMultipleClaims").in("inputClaim1", STRING).in("inputClaim2", STRING)
                .param("stringFormat", STRING).out("outputClaim", STRING);
        define("GetLocalizedStringsTransformation").openOut();
        define("GetMappedValueFromLocalizedCollection").in("mapFromClaim", STRING)
                .out("restrictionValueClaim", STRING);
        define("LookupValue").in("inputParameterId", STRING).param("errorOnFailedLookup", BOOLEAN).openParams()
                .out("outputClaim", STRING);
        define("NullClaim").out("claim_to_null", null);
        define("ParseDomain").in("emailAddress", STRING).out("domain", STRING);
        // Documented as string to string; used on boolean claims with a "true"/"false" string parameter.
        define("SetClaimIfBooleansMatch").in("claimToMatch", null).param("matchTo", null)
                .param("outputClaimIfMatched", STRING).out("outputClaim", STRING);
        define("SetClaimsIfRegexMatch").in("claimToMatch", STRING).param("matchTo", STRING)
                .param("outputClaimIfMatched", STRING).param("extractGroups", BOOLEAN).out("outputClaim", STRING)
                .out("regexCompareResultClaim", null).openOut();
        define("SetClaimsIfStringsAreEqual").in("inputClaim", STRING).param("matchTo", STRING)
                .param("stringComparison", STRING).param("stringMatchMsg", STRING).param("stringMatchMsgCode", STRING)
                .out("outputClaim1", STRING).out("outputClaim2", STRING).out("stringCompareResultClaim", BOOLEAN);
        define("SetClaimsIfStringsMatch").in("claimToMatch", STRING).param("matchTo", STRING)
                .param("stringComparison", STRING).param("outputClaimIfMatched", STRING).out("outputClaim", STRING)
                .out("stringCompareResultClaim", BOOLEAN);
        // The reference types StringContains' result string and StringReplace's boolean (swapped): any type.
        define("StringContains").in("inputClaim", STRING).param("contains", STRING).param("ignoreCase", null)
                .out("outputClaim", null);
        define("StringSubstring").in("inputClaim", STRING).param("startIndex", INT).param("length", INT)
                .out("outputClaim", STRING);
        define("StringReplace").in("inputClaim", STRING).param("oldValue", STRING).param("newValue", STRING)
                .out("outputClaim", null);
        define("StringJoin").in("inputClaim", STRING_COLLECTION).param("delimiter", STRING).out("outputClaim", STRING);
        define("StringSplit").in("inputClaim", STRING).param("delimiter", STRING)
                .out("outputClaim", STRING_COLLECTION);
        // String collection
        define("AddItemToStringCollection").in("item", STRING).in("collection", STRING_COLLECTION)
                .out("collection", STRING_COLLECTION);
        define("AddParameterToStringCollection").in("collection", STRING_COLLECTION).param("item", STRING)
                .out("collection", STRING_COLLECTION);
        define("GetSingleItemFromStringCollection").in("collection", STRING_COLLECTION).out("extractedItem", STRING);
        define("StringCollectionContains").in("inputClaim", STRING_COLLECTION).param("item", STRING)
                .param("ignoreCase", null).out("outputClaim", BOOLEAN);
        define("StringCollectionContainsClaim").in("collection", STRING_COLLECTION).in("item", STRING)
                .param("ignoreCase", null).out("outputClaim", BOOLEAN);
    }

    private TransformationMethods() {
    }

    public static Optional<TransformationMethod> find(String name) {
        return Optional.ofNullable(name == null ? null : METHODS.get(name.toLowerCase(Locale.ROOT)));
    }

    public static Collection<TransformationMethod> all() {
        return METHODS.values();
    }

    private static Builder define(String name) {
        return new Builder(name);
    }

    /** Collects one method's slots; every call re-registers the method so the table stays one statement each. */
    private static final class Builder {
        private final String name;
        private final List<Slot> inputs = new ArrayList<>();
        private final List<Slot> parameters = new ArrayList<>();
        private final List<Slot> outputs = new ArrayList<>();
        private boolean openIn;
        private boolean openParams;
        private boolean openOut;

        Builder(String name) {
            this.name = name;
            register();
        }

        Builder in(String slot, ClaimDataType type) {
            inputs.add(new Slot(slot, type));
            return register();
        }

        Builder param(String slot, ClaimDataType type) {
            parameters.add(new Slot(slot, type));
            return register();
        }

        Builder out(String slot, ClaimDataType type) {
            outputs.add(new Slot(slot, type));
            return register();
        }

        Builder openIn() {
            openIn = true;
            return register();
        }

        Builder openParams() {
            openParams = true;
            return register();
        }

        Builder openOut() {
            openOut = true;
            return register();
        }

        private Builder register() {
            METHODS.put(name.toLowerCase(Locale.ROOT), new TransformationMethod(name, List.copyOf(inputs),
                    List.copyOf(parameters), List.copyOf(outputs), openIn, openParams, openOut));
            return this;
        }
    }
}
