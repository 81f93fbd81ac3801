package io.trustframe.identity.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.trustframe.identity.TestCertificates;
import tools.jackson.databind.JsonNode;

class GraphKeySetsHttpTest extends AdminApiTest {

    private static final String KEYSETS = "/beta/trustFramework/keySets";

    private static String uniqueName() {
        return "Test" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aKeySetGetsTheB2cPrefixAndAGeneratedRsaKeyShowsOnlyItsPublicPart() {
        String name = uniqueName();
        Response created = post(KEYSETS, "{\"id\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asString()).isEqualTo("B2C_1A_" + name);

        Response key = post(KEYSETS + "/B2C_1A_" + name + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}");

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.body().path("kty").asString()).isEqualTo("RSA");
        assertThat(key.body().path("use").asString()).isEqualTo("sig");
        assertThat(key.body().path("n").asString()).isNotEmpty();
        assertThat(key.body().path("e").asString()).isEqualTo("AQAB");
        assertThat(key.body().has("d")).isFalse();
        assertThat(key.body().path("version").asInt()).isEqualTo(1);
        Response active = get(KEYSETS + "/b2c_1a_" + name.toLowerCase() + "/getActiveKey");
        assertThat(active.body().path("kid").asString()).isEqualTo(key.body().path("kid").asString());
        JsonNode jwks = get("/admin/tenants/contoso/keySets/B2C_1A_" + name + "/keys").body();
        assertThat(jwks.path("keys")).hasSize(1);
        assertThat(jwks.path("keys").get(0).path("kid").asString()).isEqualTo(key.body().path("kid").asString());
        assertThat(jwks.path("keys").get(0).has("d")).isFalse();
    }

    @Test
    void anUploadedSecretIsNeverReturned() {
        String name = uniqueName();
        post(KEYSETS, "{\"id\":\"" + name + "\"}");
        String secret = "rest-api-password-" + UUID.randomUUID();
        long exp = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();

        Response uploaded = post(KEYSETS + "/B2C_1A_" + name + "/uploadSecret",
                "{\"use\":\"sig\",\"k\":\"" + secret + "\",\"exp\":" + exp + "}");

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body().path("kty").asString()).isEqualTo("oct");
        assertThat(uploaded.body().path("exp").asLong()).isEqualTo(exp);
        assertThat(uploaded.text()).doesNotContain(secret);
        assertThat(get(KEYSETS + "/B2C_1A_" + name).text()).doesNotContain(secret);
        assertThat(get(KEYSETS).text()).doesNotContain(secret).contains("B2C_1A_" + name);
        assertThat(get("/admin/tenants/contoso/keySets/B2C_1A_" + name + "/keys").body().path("keys")).isEmpty();
    }

    @Test
    void aPkcs12UploadPublishesTheCertificateThumbprint() {
        String name = uniqueName();
        post(KEYSETS, "{\"id\":\"" + name + "\"}");
        TestCertificates certificate = TestCertificates.selfSigned("bank", Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(365)));
        String pfx = Base64.getEncoder().encodeToString(certificate.pkcs12("pfx-password"));

        Response wrongPassword = post(KEYSETS + "/B2C_1A_" + name + "/uploadPkcs12",
                "{\"key\":\"" + pfx + "\",\"password\":\"nope\"}");
        Response uploaded = post(KEYSETS + "/B2C_1A_" + name + "/uploadPkcs12",
                "{\"key\":\"" + pfx + "\",\"password\":\"pfx-password\"}");

        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.errorMessage()).contains("PKCS#12").doesNotContain("nope");
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body().path("x5t").asString()).isNotEmpty();
        assertThat(uploaded.body().path("origin").asString()).isEqualTo("pkcs12");
        assertThat(uploaded.body().path("nbf").asLong()).isPositive();
    }

    @Test
    void badKeyRequestsGetGraphErrors() {
        String name = uniqueName();
        post(KEYSETS, "{\"id\":\"" + name + "\"}");

        Response again = post(KEYSETS, "{\"id\":\"B2C_1A_" + name + "\"}");
        Response badKty = post(KEYSETS + "/B2C_1A_" + name + "/generateKey", "{\"use\":\"sig\",\"kty\":\"EC\"}");
        Response badUse = post(KEYSETS + "/B2C_1A_" + name + "/generateKey", "{\"use\":\"sign\",\"kty\":\"RSA\"}");
        Response badDates = post(KEYSETS + "/B2C_1A_" + name + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\",\"exp\":1000}");
        Response missing = post(KEYSETS + "/B2C_1A_Missing" + name + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}");
        Response noActive = get(KEYSETS + "/B2C_1A_" + name + "/getActiveKey");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorMessage()).contains("exists");
        assertThat(badKty.status()).isEqualTo(400);
        assertThat(badKty.errorMessage()).contains("'kty'");
        assertThat(badUse.status()).isEqualTo(400);
        assertThat(badDates.status()).isEqualTo(400);
        assertThat(badDates.errorMessage()).contains("expiration");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(noActive.status()).isEqualTo(404);
        assertThat(delete(KEYSETS + "/B2C_1A_" + name).status()).isEqualTo(204);
        assertThat(get(KEYSETS + "/B2C_1A_" + name).status()).isEqualTo(404);
    }
}
