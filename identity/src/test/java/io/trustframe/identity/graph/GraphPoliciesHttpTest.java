package io.trustframe.identity.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.engine.CorpusFiles;

class GraphPoliciesHttpTest extends AdminApiTest {

    /** The starter pack's upload order: each file after its base. */
    private static final List<String> LOCAL_ACCOUNTS = List.of("TrustFrameworkBase.xml", "TrustFrameworkLocalization.xml",
            "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml", "ProfileEdit.xml", "PasswordReset.xml");

    private String newTenant() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(post("/admin/tenants", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        return name;
    }

    private static String policies(String tenant) {
        return "/graph/" + tenant + "/beta/trustFramework/policies";
    }

    Response putXml(String path, String xml, String contentType) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(xml)),
                "Bearer " + TOKEN);
    }

    String download(String path) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request(path)
                    .header("Authorization", "Bearer " + TOKEN).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orphan(String tenant, String policyId) {
        return """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="%1$s.onmicrosoft.com" PolicyId="%2$s"
                    PublicPolicyUri="http://%1$s.onmicrosoft.com/%2$s">
                  <BasePolicy>
                    <TenantId>%1$s.onmicrosoft.com</TenantId>
                    <PolicyId>B2C_1A_NotUploadedYet</PolicyId>
                  </BasePolicy>
                  <RelyingParty>
                    <DefaultUserJourney ReferenceId="SignUpOrSignIn" />
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(tenant, policyId);
    }

    @Test
    void theStarterPackUploadedInOrderIsListedDownloadedReplacedAndDeleted() {
        String tenant = newTenant();
        Map<String, PolicySource> files = CorpusFiles.sources("starterpack/LocalAccounts").stream()
                .collect(Collectors.toMap(s -> s.name().substring(s.name().lastIndexOf('/') + 1), s -> s));
        Map<String, String> uploaded = new java.util.LinkedHashMap<>();
        for (String file : LOCAL_ACCOUNTS) {
            String xml = files.get(file).text().replace("yourtenant", tenant);
            String id = xml.replaceFirst("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
            Response response = putXml(policies(tenant) + "/" + id + "/$value", xml, "application/xml");
            assertThat(response.status()).as(file + ": " + response.text()).isEqualTo(201);
            uploaded.put(id, xml);
        }

        assertThat(get(policies(tenant)).body().path("value").findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(uploaded.keySet());
        assertThat(download(policies(tenant) + "/b2c_1a_signup_signin/$value")).isEqualTo(uploaded.get("B2C_1A_signup_signin"));
        assertThat(putXml(policies(tenant) + "/B2C_1A_signup_signin/$value", uploaded.get("B2C_1A_signup_signin"),
                "application/xml; charset=utf-8").status()).isEqualTo(200);
        assertThat(get(policies(tenant) + "/B2C_1A_signup_signin").body().path("id").asString())
                .isEqualTo("B2C_1A_signup_signin");

        assertThat(delete(policies(tenant) + "/B2C_1A_signup_signin").status()).isEqualTo(204);
        assertThat(get(policies(tenant) + "/B2C_1A_signup_signin").errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(delete(policies(tenant) + "/B2C_1A_signup_signin").status()).isEqualTo(404);
    }

    @Test
    void aPolicyWhoseBaseIsNotUploadedIsRefusedWithCompilerStyleLinesAndNotStored() {
        String tenant = newTenant();

        Response refused = putXml(policies(tenant) + "/B2C_1A_Orphan/$value", orphan(tenant, "B2C_1A_Orphan"),
                "application/xml");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(refused.errorMessage()).startsWith("Validation failed:")
                .containsPattern("B2C_1A_Orphan\\.xml:\\d+:\\d+: error: .*B2C_1A_NotUploadedYet");
        assertThat(get(policies(tenant)).body().path("value")).isEmpty();
    }

    @Test
    void uploadsThatAreNotTheNamedPolicyOfThisTenantAreRefused() {
        String tenant = newTenant();

        Response otherId = putXml(policies(tenant) + "/B2C_1A_Other/$value", orphan(tenant, "B2C_1A_Orphan"), "application/xml");
        Response otherTenant = putXml(policies(tenant) + "/B2C_1A_Orphan/$value", orphan("fabrikam", "B2C_1A_Orphan"),
                "application/xml");
        Response notXml = putXml(policies(tenant) + "/B2C_1A_Orphan/$value", "<TrustFrameworkPolicy", "application/xml");
        Response json = putXml(policies(tenant) + "/B2C_1A_Orphan/$value", orphan(tenant, "B2C_1A_Orphan"), "application/json");

        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.errorMessage()).contains("PolicyId 'B2C_1A_Orphan' does not match");
        assertThat(otherTenant.status()).isEqualTo(400);
        assertThat(otherTenant.errorMessage()).contains("TenantId 'fabrikam.onmicrosoft.com'");
        assertThat(notXml.status()).isEqualTo(400);
        assertThat(notXml.errorMessage()).contains("error:");
        assertThat(json.status()).isEqualTo(415);
        assertThat(get(policies(tenant)).body().path("value")).isEmpty();
    }

    private static String batch(String... xml) {
        tools.jackson.databind.node.ObjectNode body = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        tools.jackson.databind.node.ArrayNode files = body.putArray("policies");
        for (String file : xml) {
            files.add(file);
        }
        return body.toString();
    }

    private Map<String, String> localAccounts(String tenant) {
        Map<String, PolicySource> files = CorpusFiles.sources("starterpack/LocalAccounts").stream()
                .collect(Collectors.toMap(s -> s.name().substring(s.name().lastIndexOf('/') + 1), s -> s));
        Map<String, String> xml = new java.util.LinkedHashMap<>();
        for (String file : LOCAL_ACCOUNTS) {
            xml.put(file, files.get(file).text().replace("yourtenant", tenant));
        }
        return xml;
    }

    @Test
    void aBatchInAnyOrderIsStoredWholeAndSaysWhichFilesWereNew() {
        String tenant = newTenant();
        Map<String, String> files = localAccounts(tenant);
        List<String> relyingPartiesFirst = new java.util.ArrayList<>(files.values());
        java.util.Collections.reverse(relyingPartiesFirst);

        Response first = post("/admin/tenants/" + tenant + "/policies", batch(relyingPartiesFirst.toArray(String[]::new)));
        Response again = post("/admin/tenants/" + tenant + "/policies",
                batch(files.get("TrustFrameworkBase.xml"), files.get("SignUpOrSignin.xml")));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().path("value").findValuesAsString("id")).containsExactly("B2C_1A_PasswordReset",
                "B2C_1A_ProfileEdit", "B2C_1A_signup_signin", "B2C_1A_TrustFrameworkExtensions",
                "B2C_1A_TrustFrameworkLocalization", "B2C_1A_TrustFrameworkBase");
        assertThat(first.body().path("value").findValues("created")).allMatch(created -> created.asBoolean());
        assertThat(get(policies(tenant)).body().path("value")).hasSize(6);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("value").findValues("created")).noneMatch(created -> created.asBoolean());
    }

    @Test
    void aBatchWithOneBadFileStoresNothingAndNamesTheFile() {
        String tenant = newTenant();
        Map<String, String> files = localAccounts(tenant);

        Response refused = post("/admin/tenants/" + tenant + "/policies", batch(files.get("TrustFrameworkBase.xml"),
                files.get("TrustFrameworkLocalization.xml"), orphan(tenant, "B2C_1A_Orphan")));
        Response twice = post("/admin/tenants/" + tenant + "/policies",
                batch(files.get("TrustFrameworkBase.xml"), files.get("TrustFrameworkBase.xml")));
        Response empty = post("/admin/tenants/" + tenant + "/policies", "{\"policies\":[]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith("Validation failed:")
                .containsPattern("B2C_1A_Orphan\\.xml:\\d+:\\d+: error: .*B2C_1A_NotUploadedYet");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorMessage()).contains("PolicyId 'B2C_1A_TrustFrameworkBase' is given twice");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(get(policies(tenant)).body().path("value")).isEmpty();
    }
}
