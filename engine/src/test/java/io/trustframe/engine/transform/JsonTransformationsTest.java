package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTransformationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    @Test
    void createJsonArrayWrapsTheValue() {
        assertThat(Invocation.of("CreateJsonArray").claim("inputClaim", "someone@contoso.com").out("outputClaim"))
                .isEqualTo("[\"someone@contoso.com\"]");
    }

    @Test
    void generateJsonBuildsTheSendGridBodyFromDotPaths() {
        String json = Invocation.of("GenerateJson")
                .claim("personalizations.0.to.0.email", "someone@example.com")
                .claim("personalizations.0.dynamic_template_data.otp", "346349")
                .claim("personalizations.0.dynamic_template_data.verify-email", "someone@example.com")
                .param("template_id", "d-4c56ffb40fa648b1aa6822283df94f60")
                .param("from.email", "service@contoso.com")
                .param("personalizations.0.subject", "Contoso account email verification code")
                .out("outputClaim");
        assertThat(tree(json)).isEqualTo(tree("""
                {"personalizations":[{"to":[{"email":"someone@example.com"}],
                  "dynamic_template_data":{"otp":"346349","verify-email":"someone@example.com"},
                  "subject":"Contoso account email verification code"}],
                 "template_id":"d-4c56ffb40fa648b1aa6822283df94f60",
                 "from":{"email":"service@contoso.com"}}"""));
    }

    @Test
    void generateJsonWritesTypedParametersAsJsonNumbersAndEscapesJsonInClaims() {
        String json = Invocation.of("GenerateJson")
                .claim("customerEntity.email", "[\"someone@contoso.com\"]")
                .claim("customerEntity.firstName", "John")
                .param("customerEntity.role.name", "Administrator")
                .param("customerEntity.role.id", DataType.LONG, "1")
                .out("outputClaim");
        assertThat(tree(json)).isEqualTo(tree("""
                {"customerEntity":{"email":"[\\"someone@contoso.com\\"]","firstName":"John",
                  "role":{"name":"Administrator","id":1}}}"""));
    }

    @Test
    void generateJsonContinuesAnArrayFromInputClaimsIntoInputParameters() {
        String json = Invocation.of("GenerateJson")
                .claim("values.0.app", "Mobile app").claim("values.0.appId", "123")
                .param("values.1.program", "Holidays").param("values.2.color", "Yellow")
                .out("outputClaim");
        assertThat(tree(json)).isEqualTo(tree("""
                {"values":[{"app":"Mobile app","appId":"123"},{"program":"Holidays"},{"color":"Yellow"}]}"""));
    }

    @Test
    void generateJsonRejectsAGapInAnArray() {
        assertThat(Invocation.of("GenerateJson").param("values.1.program", "Holidays").failed().message()).contains("index 0");
    }

    @Test
    void generateJsonRejectsPathsThatDisagreeAboutTheShape() {
        Invocation.of("GenerateJson").claim("a", "x").param("a.b", "y").failed();
        Invocation.of("GenerateJson").claim("v.0", "x").param("v.0.b", "y").failed();
        Invocation.of("GenerateJson").claim("v.0.a", "x").param("v.b", "y").failed();
    }

    @Test
    void getClaimFromJsonExtractsOneElement() {
        String json = "{\"emailAddress\": \"someone@example.com\", \"displayName\": \"Someone\"}";
        assertThat(Invocation.of("GetClaimFromJson").claim("inputJson", json).param("claimToExtract", "emailAddress")
                .out("extractedClaim")).isEqualTo("someone@example.com");
        assertThat(Invocation.of("GetClaimFromJson").claim("inputJson", json).param("claimToExtract", "displayName")
                .out("extractedClaim")).isEqualTo("Someone");
        assertThat(Invocation.of("GetClaimFromJson").claim("inputJson", json).param("claimToExtract", "missing")
                .produced().values()).isEmpty();
    }

    @Test
    void getClaimsFromJsonArrayFillsTypedClaimsFromKeyValueItems() {
        String json = """
                [{"key":"email","value":"someone@example.com"},{"key":"displayName","value":"Someone"},
                 {"key":"membershipID","value":6353399},{"key":"active","value":true},
                 {"key":"birthDate","value":"2005-09-23T00:00:00Z"}]""";
        TransformationResult.Produced produced = Invocation.of("GetClaimsFromJsonArray").claim("jsonSource", json)
                .param("errorOnMissingClaims", DataType.BOOLEAN, "false").param("includeEmptyClaims", DataType.BOOLEAN, "false")
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value")
                .output("email", DataType.STRING).output("displayName", DataType.STRING)
                .output("membershipID", DataType.INT).output("active", DataType.BOOLEAN).output("birthDate", DataType.DATE_TIME)
                .produced();
        assertThat(produced.value("email")).contains(ClaimValue.of("someone@example.com"));
        assertThat(produced.value("displayName")).contains(ClaimValue.of("Someone"));
        assertThat(produced.value("membershipID")).contains(new ClaimValue.IntValue(6353399));
        assertThat(produced.value("active")).contains(ClaimValue.of(true));
        assertThat(produced.value("birthDate")).contains(ClaimValue.DateTimeValue.parse("2005-09-23T00:00:00Z"));
    }

    @Test
    void getClaimsFromJsonArrayFailsOnAMissingClaimOnlyWhenAsked() {
        Invocation lenient = Invocation.of("GetClaimsFromJsonArray").claim("jsonSource", "[{\"key\":\"email\",\"value\":\"\"}]")
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value").output("email", DataType.STRING)
                .output("displayName", DataType.STRING);
        assertThat(lenient.produced().values()).isEmpty();
        Invocation.of("GetClaimsFromJsonArray").claim("jsonSource", "[{\"key\":\"email\",\"value\":\"\"}]")
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value")
                .param("errorOnMissingClaims", DataType.BOOLEAN, "true")
                .output("displayName", DataType.STRING).failed();
    }

    @Test
    void getClaimsFromJsonArrayReadsItsSourceUnderTheTablesNameJsonSourceClaim() {
        assertThat(Invocation.of("GetClaimsFromJsonArray")
                .claim("jsonSourceClaim", "[{\"key\":\"email\",\"value\":\"someone@example.com\"}]")
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value").output("email", DataType.STRING)
                .out("email")).isEqualTo("someone@example.com");
    }

    @Test
    void getClaimsFromJsonArrayKeepsEmptyValuesWhenIncludeEmptyClaims() {
        assertThat(Invocation.of("GetClaimsFromJsonArray").claim("jsonSource", "[{\"key\":\"email\",\"value\":\"\"}]")
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value")
                .param("includeEmptyClaims", DataType.BOOLEAN, "true").output("email", DataType.STRING)
                .out("email")).isEmpty();
    }

    @Test
    void getClaimsFromJsonArrayV2ReadsOneItemPerCollectionElement() {
        ClaimValue source = new ClaimValue.StringCollectionValue(List.of(
                "{\"key\":\"email\",\"value\":\"someone@example.com\"}",
                "{\"key\":\"membershipID\",\"value\":6353399}",
                "{\"key\":\"active\",\"value\":true}"));
        TransformationResult.Produced produced = Invocation.of("GetClaimsFromJsonArrayV2").claim("jsonSource", source)
                .param("jsonSourceKeyName", "key").param("jsonSourceValueName", "value")
                .output("email", DataType.STRING).output("membershipID", DataType.INT).output("active", DataType.BOOLEAN)
                .produced();
        assertThat(produced.value("email")).contains(ClaimValue.of("someone@example.com"));
        assertThat(produced.value("membershipID")).contains(new ClaimValue.IntValue(6353399));
        assertThat(produced.value("active")).contains(ClaimValue.of(true));
    }

    @Test
    void getNumericClaimFromJsonExtractsALong() {
        assertThat(Invocation.of("GetNumericClaimFromJson")
                .claim("inputJson", "{\"emailAddress\": \"someone@example.com\", \"displayName\": \"Someone\", \"id\": 6353399}")
                .param("claimToExtract", "id").produced().value("extractedClaim"))
                .contains(new ClaimValue.LongValue(6353399));
        Invocation.of("GetNumericClaimFromJson").claim("inputJson", "{\"id\": \"abc\"}").param("claimToExtract", "id").failed();
    }

    @Test
    void getSingleItemFromJsonTakesTheFirstProperty() {
        Invocation invocation = Invocation.of("GetSingleItemFromJson").claim("inputJson", "{\"givenName\": \"Emily\", \"lastName\": \"Smith\"}");
        assertThat(invocation.out("key")).isEqualTo("givenName");
        assertThat(invocation.out("value")).isEqualTo("Emily");
    }

    @Test
    void getSingleValueFromJsonArrayTakesTheFirstElement() {
        assertThat(Invocation.of("GetSingleValueFromJsonArray").claim("inputJsonClaim", "[\"someone@example.com\", \"Someone\", 6353399]")
                .out("extractedClaim")).isEqualTo("someone@example.com");
    }

    @Test
    void invalidJsonIsAnError() {
        Invocation.of("GetSingleValueFromJsonArray").claim("inputJsonClaim", "[not json").failed();
    }

    @Test
    void xmlStringToJsonStringConvertsElementsToProperties() {
        String json = Invocation.of("XmlStringToJsonString")
                .claim("xml", "<user>\n  <name>Someone</name>\n  <email>someone@example.com</email>\n</user>").out("json");
        assertThat(tree(json)).isEqualTo(tree("{\"user\":{\"name\":\"Someone\",\"email\":\"someone@example.com\"}}"));
    }

    @Test
    void xmlStringToJsonStringTurnsRepeatedElementsIntoArraysAndAttributesIntoAtProperties() {
        String json = Invocation.of("XmlStringToJsonString")
                .claim("xml", "<roles type=\"app\"><role>admin</role><role>reader</role></roles>").out("json");
        assertThat(tree(json)).isEqualTo(tree("{\"roles\":{\"@type\":\"app\",\"role\":[\"admin\",\"reader\"]}}"));
    }

    @Test
    void xmlStringToJsonStringWritesEmptyElementsAsNullAndKeepsMixedText() {
        String json = Invocation.of("XmlStringToJsonString")
                .claim("xml", "<user id=\"7\">Emily<nickname/><note>  </note></user>").out("json");
        assertThat(tree(json)).isEqualTo(tree("{\"user\":{\"@id\":\"7\",\"#text\":\"Emily\",\"nickname\":null,\"note\":null}}"));
    }

    @Test
    void xmlWithADoctypeIsRefused() {
        Invocation.of("XmlStringToJsonString")
                .claim("xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>").failed();
    }
}
