package io.trustframe.identity.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.tenants.DefaultTenant;

import org.springframework.beans.factory.annotation.Autowired;

class GraphApplicationsHttpTest extends AdminApiTest {

    private static final String APPS = "/v1.0/applications";

    @Autowired
    AppRegistrations apps;

    @Autowired
    DefaultTenant tenant;

    @Test
    void aConfidentialClientGetsItsSecretInTheCreateResponseOnly() {
        Response created = post(APPS, """
                {"displayName": "Contoso Bank", "web": {"redirectUris": ["http://localhost:8080/login/oauth2/code/b2c"]}}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asString();
        UUID clientId = UUID.fromString(created.body().path("appId").asString());
        String secret = created.body().path("passwordCredentials").get(0).path("secretText").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.body().path("isFallbackPublicClient").asBoolean()).isFalse();
        assertThat(apps.verifySecret(tenant.get(), clientId, secret)).isTrue();

        Response read = get(APPS + "/" + id);
        assertThat(read.text()).doesNotContain(secret);
        assertThat(read.body().path("passwordCredentials").get(0).path("hint").asString()).isEqualTo(secret.substring(0, 3));
        assertThat(read.body().path("web").path("redirectUris").get(0).asString())
                .isEqualTo("http://localhost:8080/login/oauth2/code/b2c");
        assertThat(get(APPS + "/" + clientId).body().path("id").asString()).isEqualTo(id);
        assertThat(get(APPS).text()).contains(id).doesNotContain(secret);
    }

    @Test
    void secretsRotateThroughAddPasswordAndRemovePassword() {
        Response created = post(APPS, "{\"displayName\": \"Rotating\", \"web\": {\"redirectUris\": [\"https://app.example.com/cb\"]}}");
        String id = created.body().path("id").asString();
        UUID clientId = UUID.fromString(created.body().path("appId").asString());
        String first = created.body().path("passwordCredentials").get(0).path("secretText").asString();
        String firstKeyId = created.body().path("passwordCredentials").get(0).path("keyId").asString();

        Response added = post(APPS + "/" + id + "/addPassword",
                "{\"passwordCredential\": {\"displayName\": \"2027\", \"endDateTime\": \"2099-01-01T00:00:00Z\"}}");
        Response removed = post(APPS + "/" + id + "/removePassword", "{\"keyId\": \"" + firstKeyId + "\"}");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().path("endDateTime").asString()).isEqualTo("2099-01-01T00:00:00Z");
        String second = added.body().path("secretText").asString();
        assertThat(removed.status()).isEqualTo(204);
        assertThat(apps.verifySecret(tenant.get(), clientId, first)).isFalse();
        assertThat(apps.verifySecret(tenant.get(), clientId, second)).isTrue();
        assertThat(post(APPS + "/" + id + "/removePassword", "{\"keyId\": \"" + firstKeyId + "\"}").status()).isEqualTo(404);
    }

    @Test
    void aSinglePageAppIsAPublicClientWithoutSecrets() {
        Response created = post(APPS, "{\"displayName\": \"SPA\", \"spa\": {\"redirectUris\": [\"https://spa.example.com/\"]}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("isFallbackPublicClient").asBoolean()).isTrue();
        assertThat(created.body().path("passwordCredentials")).isEmpty();
        Response addPassword = post(APPS + "/" + created.body().path("id").asString() + "/addPassword", "{}");
        assertThat(addPassword.status()).isEqualTo(400);
    }

    @Test
    void badRegistrationsAreRefusedAndDeletedAppsAreGone() {
        Response insecure = post(APPS, "{\"displayName\": \"x\", \"web\": {\"redirectUris\": [\"http://bank.example.com/cb\"]}}");
        Response noName = post(APPS, "{\"web\": {\"redirectUris\": [\"https://bank.example.com/cb\"]}}");
        Response wrongShape = post(APPS, "{\"displayName\": \"x\", \"web\": {\"redirectUris\": \"https://bank.example.com/cb\"}}");

        assertThat(insecure.status()).isEqualTo(400);
        assertThat(insecure.errorMessage()).contains("https");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorMessage()).contains("displayName");
        assertThat(wrongShape.status()).isEqualTo(400);

        String id = post(APPS, "{\"displayName\": \"Doomed\", \"web\": {\"redirectUris\": [\"https://d.example.com/cb\"]}}")
                .body().path("id").asString();
        assertThat(delete(APPS + "/" + id).status()).isEqualTo(204);
        assertThat(get(APPS + "/" + id).status()).isEqualTo(404);
        assertThat(delete(APPS + "/" + id).errorCode()).isEqualTo("Request_ResourceNotFound");
    }
}
