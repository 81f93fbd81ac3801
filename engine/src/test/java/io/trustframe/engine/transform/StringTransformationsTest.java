package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StringTransformationsTest {

    @Test
    void assertStringClaimsAreEqualFailsForDifferentAddressesEvenIgnoringCase() {
        TransformationResult.AssertionFailed failure = Invocation.of("AssertStringClaimsAreEqual")
                .claim("inputClaim1", "someone@contoso.com").claim("inputClaim2", "someone@outlook.com")
                .param("stringComparison", "ordinalIgnoreCase").assertionFailed();
        assertThat(failure.metadataKey()).isEqualTo("UserMessageIfClaimsTransformationStringsAreNotEqual");
    }

    @Test
    void assertStringClaimsAreEqualHonoursTheStringComparison() {
        assertThat(Invocation.of("AssertStringClaimsAreEqual").claim("inputClaim1", "approved").claim("inputClaim2", "Approved")
                .param("stringComparison", "ordinalIgnoreCase").run()).isInstanceOf(TransformationResult.Produced.class);
        Invocation.of("AssertStringClaimsAreEqual").claim("inputClaim1", "approved").claim("inputClaim2", "Approved")
                .param("stringComparison", "Ordinal").assertionFailed();
    }

    @Test
    void buildUriMakesATotpUri() {
        assertThat(Invocation.of("BuildUri").claim("path", "Contoso demo:emily@fabrikam.com").claim("query.secret", "fay2lj7ynpntjgqa")
                .param("scheme", "otpauth").param("host", "totp").param("query.issuer", "Contoso demo").out("outputClaim"))
                .isEqualTo("otpauth://totp/Contoso%20demo:emily@fabrikam.com?secret=fay2lj7ynpntjgqa&issuer=Contoso+demo");
    }

    @Test
    void changeCaseLowersAndUppers() {
        assertThat(Invocation.of("ChangeCase").claim("inputClaim1", "SomeOne@contoso.com").param("toCase", "LOWER").out("outputClaim"))
                .isEqualTo("someone@contoso.com");
        assertThat(Invocation.of("ChangeCase").claim("inputClaim1", "SomeOne@contoso.com").param("toCase", "UPPER").out("outputClaim"))
                .isEqualTo("SOMEONE@CONTOSO.COM");
    }

    @Test
    void changeCaseWritesTheOutputUnderTheNameThePolicyUses() {
        TransformationResult.Produced produced = Invocation.of("ChangeCase").claim("inputClaim1", "SomeOne@contoso.com")
                .param("toCase", "LOWER").output("outputClaim1", DataType.STRING).produced();
        assertThat(produced.values()).containsOnlyKeys("outputClaim1");
        assertThat(produced.value("outputClaim1")).contains(ClaimValue.of("someone@contoso.com"));
    }

    @Test
    void changeCaseDoesNotDependOnTheServerLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(Invocation.of("ChangeCase").claim("inputClaim1", "TITLE").param("toCase", "LOWER").out("outputClaim"))
                    .isEqualTo("title");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void compareClaimsNotEqualIgnoringCase() {
        assertThat(Invocation.of("CompareClaims").claim("inputClaim1", "someone@contoso.com").claim("inputClaim2", "someone@outlook.com")
                .param("operator", "NOT EQUAL").param("ignoreCase", "true").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("CompareClaims").claim("inputClaim1", "A@x.com").claim("inputClaim2", "a@x.com")
                .param("operator", "EQUAL").param("ignoreCase", "false").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void compareClaimToValueEqualIgnoringCase() {
        assertThat(Invocation.of("CompareClaimToValue").claim("inputClaim1", "v1").param("compareTo", "V1")
                .param("operator", "EQUAL").param("ignoreCase", "true").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("CompareClaimToValue").claim("inputClaim1", "v1").param("compareTo", "V1")
                .param("operator", "not equal").param("ignoreCase", "true").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void copyClaimIfPredicateMatchCopiesOnlyValuesThatPassTheOutputClaimsPredicates() {
        TransformationInput.OutputClaim phone = new TransformationInput.OutputClaim("outputClaim", "phoneNumber",
                DataType.STRING, List.of(), value -> value.matches("\\+[0-9]{6,15}"));
        assertThat(Invocation.of("CopyClaimIfPredicateMatch").claim("inputClaim", "bob@contoso.com").output(phone)
                .produced().values()).isEmpty();
        assertThat(Invocation.of("CopyClaimIfPredicateMatch").claim("inputClaim", "+11234567890").output(phone)
                .out("outputClaim")).isEqualTo("+11234567890");
    }

    @Test
    void createOtpSecretIsSixteenBase32CharactersFromTheContextRandom() {
        String secret = Invocation.of("CreateOtpSecret").out("outputClaim");
        assertThat(secret).matches("[a-z2-7]{16}");
        assertThat(Invocation.of("CreateOtpSecret").out("outputClaim")).isEqualTo(secret);
        assertThat(Invocation.of("CreateOtpSecret").seed(8).out("outputClaim")).isNotEqualTo(secret);
    }

    @Test
    void createRandomStringGuidIsAVersionFourGuid() {
        String guid = Invocation.of("CreateRandomString").param("randomGeneratorType", "GUID").out("outputClaim");
        assertThat(UUID.fromString(guid).version()).isEqualTo(4);
        assertThat(Invocation.of("CreateRandomString").param("randomGeneratorType", "GUID").seed(8).out("outputClaim"))
                .isNotEqualTo(guid);
    }

    @Test
    void createRandomStringIntegerIsBelowTheMaximumAndFormatted() {
        for (long seed = 0; seed < 50; seed++) {
            String value = Invocation.of("CreateRandomString").seed(seed).param("randomGeneratorType", "INTEGER")
                    .param("maximumNumber", DataType.INT, "1000").param("stringFormat", "OTP_{0}")
                    .param("base64", DataType.BOOLEAN, "false").out("outputClaim");
            assertThat(value).startsWith("OTP_");
            assertThat(Integer.parseInt(value.substring(4))).isBetween(0, 999);
        }
    }

    @Test
    void createRandomStringWithASeedRepeatsAndBase64EncodesTheFormattedValue() {
        Invocation seeded = Invocation.of("CreateRandomString").param("randomGeneratorType", "INTEGER")
                .param("maximumNumber", DataType.INT, "1000").param("seed", DataType.INT, "42")
                .param("stringFormat", "OTP_{0}").param("base64", DataType.BOOLEAN, "true");
        String first = seeded.out("outputClaim");
        assertThat(Invocation.of("CreateRandomString").seed(99).param("randomGeneratorType", "INTEGER")
                .param("maximumNumber", DataType.INT, "1000").param("seed", DataType.INT, "42")
                .param("stringFormat", "OTP_{0}").param("base64", DataType.BOOLEAN, "true").out("outputClaim")).isEqualTo(first);
        assertThat(new String(java.util.Base64.getDecoder().decode(first))).startsWith("OTP_");
    }

    @Test
    void createStringClaimSetsTheParameterValueWithExpressionsResolved() {
        assertThat(Invocation.of("CreateStringClaim").param("value", "Contoso terms of service...").out("createdClaim"))
                .isEqualTo("Contoso terms of service...");
        assertThat(Invocation.of("CreateStringClaim").param("value", "tenant {RelyingPartyTenantId}")
                .expression("RelyingPartyTenantId", "contoso.onmicrosoft.com").out("createdClaim"))
                .isEqualTo("tenant contoso.onmicrosoft.com");
        assertThat(Invocation.of("CreateStringClaim").param("value", "{{literal}} {0}").out("createdClaim"))
                .isEqualTo("{{literal}} {0}");
    }

    @Test
    void formatLocalizedStringUsesTheCurrentLanguagesString() {
        Invocation english = Invocation.of("FormatLocalizedString").claim("email", "sarah@contoso.com")
                .param("stringFormatId", "ResponseMessge_EmailExists")
                .localized(StringTransformations.FORMAT_LOCALIZED_STRING_ELEMENT, "ResponseMessge_EmailExists",
                        "The email '{0}' is already an account in this organization. Select Next to sign in with that account.");
        assertThat(english.out("outputClaim")).isEqualTo(
                "The email 'sarah@contoso.com' is already an account in this organization. Select Next to sign in with that account.");
    }

    @Test
    void formatLocalizedStringFormatsNumbersAndDatesInTheUsersCulture() {
        Invocation german = Invocation.of("FormatLocalizedString")
                .claim("amount", new ClaimValue.LongValue(1234567))
                .claim("when", ClaimValue.DateTimeValue.parse("2022-01-03T11:34:22Z"))
                .param("stringFormatId", "paid").culture(Locale.GERMANY)
                .localized(StringTransformations.FORMAT_LOCALIZED_STRING_ELEMENT, "paid", "{0:N0} am {1:d}");
        assertThat(german.out("outputClaim")).isEqualTo("1.234.567 am 03.01.22");
        Invocation english = Invocation.of("FormatLocalizedString")
                .claim("amount", new ClaimValue.LongValue(1234567))
                .param("stringFormatId", "paid").culture(Locale.US)
                .localized(StringTransformations.FORMAT_LOCALIZED_STRING_ELEMENT, "paid", "{0:N2}");
        assertThat(english.out("outputClaim")).isEqualTo("1,234,567.00");
    }

    @Test
    void formatLocalizedStringWithoutTheStringIsAnError() {
        assertThat(Invocation.of("FormatLocalizedString").claim("email", "x").param("stringFormatId", "nope").failed().message())
                .contains("nope");
    }

    @Test
    void formatStringClaimFormatsWithTheTenantExpression() {
        assertThat(Invocation.of("FormatStringClaim").claim("inputClaim", "5164db16-3eee-4629-bfda-dcc3326790e9")
                .param("stringFormat", "cpim_{0}@{RelyingPartyTenantId}")
                .expression("RelyingPartyTenantId", "b2cdemo.onmicrosoft.com").out("outputClaim"))
                .isEqualTo("cpim_5164db16-3eee-4629-bfda-dcc3326790e9@b2cdemo.onmicrosoft.com");
    }

    @Test
    void formatStringClaimRendersAMissingClaimAsEmptyAndHonoursEscapes() {
        assertThat(Invocation.of("FormatStringClaim").absent("inputClaim").param("stringFormat", "{{code}}: [{0}]")
                .out("outputClaim")).isEqualTo("{code}: []");
    }

    @Test
    void formatStringClaimPadsToTheAlignmentLikeStringFormat() {
        assertThat(Invocation.of("FormatStringClaim").claim("inputClaim", "42").param("stringFormat", "[{0,5}|{0,-4}]")
                .out("outputClaim")).isEqualTo("[   42|42  ]");
    }

    @Test
    void malformedFormatStringsAreErrors() {
        Invocation.of("FormatStringClaim").claim("inputClaim", "x").param("stringFormat", "{1}").failed();
        Invocation.of("FormatStringClaim").claim("inputClaim", "x").param("stringFormat", "{0").failed();
        Invocation.of("FormatStringClaim").claim("inputClaim", "x").param("stringFormat", "a}b").failed();
    }

    @Test
    void formatStringClaimRejectsAFormatOverFourThousandCharacters() {
        Invocation.of("FormatStringClaim").claim("inputClaim", "x").param("stringFormat", "a".repeat(4001)).failed();
    }

    @Test
    void formatStringMultipleClaimsJoinsGivenNameAndSurname() {
        assertThat(Invocation.of("FormatStringMultipleClaims").claim("inputClaim1", "Joe").claim("inputClaim2", "Fernando")
                .param("stringFormat", "{0} {1}").out("outputClaim")).isEqualTo("Joe Fernando");
    }

    @Test
    void getLocalizedStringsTransformationCopiesEachNamedString() {
        String element = StringTransformations.GET_LOCALIZED_STRINGS_ELEMENT;
        TransformationResult.Produced produced = Invocation.of("GetLocalizedStringsTransformation")
                .output("email_subject", DataType.STRING).output("email_code", DataType.STRING)
                .localized(element, "email_subject", "Contoso account email verification code")
                .localized(element, "email_code", "Your code is")
                .produced();
        assertThat(produced.value("email_subject")).contains(ClaimValue.of("Contoso account email verification code"));
        assertThat(produced.value("email_code")).contains(ClaimValue.of("Your code is"));
    }

    @Test
    void getMappedValueFromLocalizedCollectionLooksUpTheRestriction() {
        TransformationInput.OutputClaim responseMsg = new TransformationInput.OutputClaim("restrictionValueClaim", "responseMsg",
                DataType.STRING, List.of(
                new TransformationInput.RestrictionItem("B2C_V1_90001", "You cannot sign in because you are a minor"),
                new TransformationInput.RestrictionItem("B2C_V1_90002", "This action can only be performed by gold members")),
                value -> true);
        assertThat(Invocation.of("GetMappedValueFromLocalizedCollection").claim("mapFromClaim", "B2C_V1_90001").output(responseMsg)
                .out("restrictionValueClaim")).isEqualTo("You cannot sign in because you are a minor");
        Invocation.of("GetMappedValueFromLocalizedCollection").claim("mapFromClaim", "B2C_V1_99999").output(responseMsg).failed();
    }

    private static Invocation lookup(String domain, String errorOnFailedLookup) {
        return Invocation.of("LookupValue").claim("inputParameterId", domain)
                .param("contoso.com", "13c15f79-8fb1-4e29-a6c9-be0d36ff19f1")
                .param("microsoft.com", "0213308f-17cb-4398-b97e-01da7bd4804e")
                .param("test.com", "c7026f88-4299-4cdb-965d-3f166464b8a9")
                .param("errorOnFailedLookup", DataType.BOOLEAN, errorOnFailedLookup);
    }

    @Test
    void lookupValueFindsTheParameterNamedByTheClaim() {
        assertThat(lookup("test.com", "false").out("outputClaim")).isEqualTo("c7026f88-4299-4cdb-965d-3f166464b8a9");
    }

    @Test
    void lookupValueWithoutAMatchFailsOnlyWhenErrorOnFailedLookup() {
        assertThat(lookup("live.com", "false").produced().values()).isEmpty();
        assertThat(lookup("live.com", "true").assertionFailed().metadataKey()).isEqualTo("LookupNotFound");
        assertThat(lookup("errorOnFailedLookup", "false").produced().values()).isEmpty();
    }

    @Test
    void nullClaimClearsTheClaim() {
        assertThat(Invocation.of("NullClaim").produced().cleared()).containsExactly("claim_to_null");
    }

    @Test
    void parseDomainTakesThePartAfterTheAt() {
        assertThat(Invocation.of("ParseDomain").claim("emailAddress", "joe@outlook.com").out("domain")).isEqualTo("outlook.com");
        assertThat(Invocation.of("ParseDomain").claim("emailAddress", "joe").produced().values()).isEmpty();
    }

    @Test
    void setClaimIfBooleansMatchSetsTheValueOnlyOnAMatch() {
        assertThat(Invocation.of("SetClaimIfBooleansMatch").claim("claimToMatch", ClaimValue.of(true)).param("matchTo", "true")
                .param("outputClaimIfMatched", "Promotion code not found.").out("outputClaim")).isEqualTo("Promotion code not found.");
        assertThat(Invocation.of("SetClaimIfBooleansMatch").claim("claimToMatch", ClaimValue.of(false)).param("matchTo", "true")
                .param("outputClaimIfMatched", "Promotion code not found.").produced().values()).isEmpty();
        Invocation.of("SetClaimIfBooleansMatch").absent("claimToMatch").param("matchTo", "true")
                .param("outputClaimIfMatched", "x").failed();
    }

    @Test
    void setClaimsIfRegexMatchSetsTheValueAndTheResult() {
        Invocation phone = Invocation.of("SetClaimsIfRegexMatch").claim("claimToMatch", "64854114520")
                .param("matchTo", "^[0-9]{4,16}$").param("outputClaimIfMatched", "iPhone");
        assertThat(phone.out("outputClaim")).isEqualTo("iPhone");
        assertThat(phone.out("regexCompareResultClaim")).isEqualTo("true");
        TransformationResult.Produced noMatch = Invocation.of("SetClaimsIfRegexMatch").claim("claimToMatch", "12ab")
                .param("matchTo", "^[0-9]{4,16}$").param("outputClaimIfMatched", "iPhone").produced();
        assertThat(noMatch.value("regexCompareResultClaim")).contains(ClaimValue.of(false));
        assertThat(noMatch.value("outputClaim")).isEmpty();
    }

    @Test
    void setClaimsIfRegexMatchExtractsNamedGroupsIntoClaimsOfTheSameName() {
        Invocation email = Invocation.of("SetClaimsIfRegexMatch").claim("claimToMatch", "emily@contoso.com")
                .param("matchTo", "(?<mailAlias>.*)@(.*)$").param("outputClaimIfMatched", "isEmail")
                .param("extractGroups", DataType.BOOLEAN, "true")
                .output("outputClaim", DataType.STRING).output("regexCompareResultClaim", DataType.BOOLEAN)
                .output("mailAlias", DataType.STRING);
        assertThat(email.out("outputClaim")).isEqualTo("isEmail");
        assertThat(email.out("regexCompareResultClaim")).isEqualTo("true");
        assertThat(email.out("mailAlias")).isEqualTo("emily");
    }

    @Test
    void setClaimsIfStringsAreEqualSetsMessageAndCode() {
        Invocation tos = Invocation.of("SetClaimsIfStringsAreEqual").claim("inputClaim", "v1").param("matchTo", "V1")
                .param("stringComparison", "ordinalIgnoreCase").param("stringMatchMsgCode", "B2C_V1_90005")
                .param("stringMatchMsg", "The TOS is upgraded to v2");
        assertThat(tos.out("outputClaim1")).isEqualTo("The TOS is upgraded to v2");
        assertThat(tos.out("outputClaim2")).isEqualTo("B2C_V1_90005");
        assertThat(tos.out("stringCompareResultClaim")).isEqualTo("true");
        TransformationResult.Produced ordinal = Invocation.of("SetClaimsIfStringsAreEqual").claim("inputClaim", "v1")
                .param("matchTo", "V1").param("stringComparison", "ordinal").param("stringMatchMsgCode", "c")
                .param("stringMatchMsg", "m").produced();
        assertThat(ordinal.value("stringCompareResultClaim")).contains(ClaimValue.of(false));
        assertThat(ordinal.value("outputClaim1")).isEmpty();
    }

    @Test
    void setClaimsIfStringsMatchSetsTheValueOnAMatch() {
        Invocation minor = Invocation.of("SetClaimsIfStringsMatch").claim("claimToMatch", "Minor").param("matchTo", "Minor")
                .param("stringComparison", "ordinalIgnoreCase").param("outputClaimIfMatched", "B2C_V1_90001");
        assertThat(minor.out("outputClaim")).isEqualTo("B2C_V1_90001");
        assertThat(minor.out("stringCompareResultClaim")).isEqualTo("true");
        assertThat(Invocation.of("SetClaimsIfStringsMatch").claim("claimToMatch", "Adult").param("matchTo", "Minor")
                .param("outputClaimIfMatched", "B2C_V1_90001").out("stringCompareResultClaim")).isEqualTo("false");
    }

    @Test
    void stringContainsIgnoringCase() {
        assertThat(Invocation.of("StringContains").claim("inputClaim", "Admin, Approver, Editor").param("contains", "admin,")
                .param("ignoreCase", "true").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("StringContains").claim("inputClaim", "Admin, Approver, Editor").param("contains", "admin,")
                .param("ignoreCase", "false").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void stringSubstringTakesTheCountryPrefix() {
        assertThat(Invocation.of("StringSubstring").claim("inputClaim", "+1644114520").param("startIndex", DataType.INT, "0")
                .param("length", DataType.INT, "2").out("outputClaim")).isEqualTo("+1");
        Invocation.of("StringSubstring").claim("inputClaim", "+1").param("startIndex", DataType.INT, "1")
                .param("length", DataType.INT, "5").failed();
    }

    @Test
    void stringReplaceRemovesDashes() {
        assertThat(Invocation.of("StringReplace").claim("inputClaim", "+164-411-452-054").param("oldValue", "-")
                .param("newValue", "").out("outputClaim")).isEqualTo("+164411452054");
    }

    /** The reference types StringReplace's output boolean, so a boolean claim may be bound; only a boolean result fits. */
    @Test
    void stringReplaceIntoABooleanClaimFailsUnlessTheResultIsABoolean() {
        assertThat(Invocation.of("StringReplace").claim("inputClaim", "yes").param("oldValue", "yes").param("newValue", "true")
                .output("outputClaim", DataType.BOOLEAN).produced().value("outputClaim")).contains(ClaimValue.of(true));
        Invocation.of("StringReplace").claim("inputClaim", "maybe").param("oldValue", "may").param("newValue", "")
                .output("outputClaim", DataType.BOOLEAN).failed();
    }

    @Test
    void stringJoinJoinsWithTheDelimiter() {
        assertThat(Invocation.of("StringJoin").claim("inputClaim", new ClaimValue.StringCollectionValue(List.of("Admin", "Author", "Reader")))
                .param("delimiter", ",").out("outputClaim")).isEqualTo("Admin,Author,Reader");
    }

    @Test
    void stringSplitSplitsIntoACollection() {
        assertThat(Invocation.of("StringSplit").claim("inputClaim", "Admin,Author,Reader").param("delimiter", ",")
                .produced().value("outputClaim"))
                .contains(new ClaimValue.StringCollectionValue(List.of("Admin", "Author", "Reader")));
    }
}
