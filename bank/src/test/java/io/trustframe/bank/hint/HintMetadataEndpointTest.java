package io.trustframe.bank.hint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/** The bank's metadata and keys as the identity service reads them: over HTTP, with a JOSE library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--spring.config.name=bank")
class HintMetadataEndpointTest {

    private static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("bank-metadata-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("trustframe.data-dir", DATA::toString);
        registry.add("trustframe.bank.public-url", () -> "http://bank.test");
    }

    @LocalServerPort
    int port;

    @Autowired
    PaymentHintIssuer issuer;

    private final HttpClient http = HttpClient.newHttpClient();

    private Map<String, Object> getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSONObjectUtils.parse(response.body());
    }

    @Test
    void publishesTheIssuerItsKeysAndTheSigningAlgorithm() throws Exception {
        Map<String, Object> metadata = getJson("/.well-known/openid-configuration");

        assertThat(metadata).containsEntry("issuer", "http://bank.test/")
                .containsEntry("jwks_uri", "http://bank.test/.well-known/keys");
        assertThat(JSONObjectUtils.getStringList(metadata, "id_token_signing_alg_values_supported"))
                .containsExactly("RS256");
    }

    @Test
    void publishesThePublicKeyWithItsCertificateAndThumbprints() throws Exception {
        JWKSet keys = JWKSet.parse(getJson("/.well-known/keys"));

        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) keys.getKeys().get(0);
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getKeyID()).matches("[0-9A-F]{40}");
        assertThat(key.getX509CertThumbprint()).isNotNull();
        assertThat(key.getX509CertChain()).hasSize(1);
        assertThat(key.getParsedX509CertChain().get(0).getPublicKey()).isEqualTo(key.toRSAPublicKey());
    }

    @Test
    void aHintVerifiesAgainstTheKeysFoundThroughTheMetadata() throws Exception {
        String hint = issuer.issue(new PaymentHint("pay-1", "customer-1", "EUR 50.00", "John Doe", "12345678",
                Instant.now().plus(10, ChronoUnit.MINUTES)));
        // The published jwks_uri names the public URL; fetch the same document from where this test runs.
        URL keys = URI.create("http://localhost:" + port + "/.well-known/keys").toURL();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                JWKSourceBuilder.create(keys).build()));

        JWTClaimsSet claims = processor.process(hint, null);

        assertThat(claims.getIssuer()).isEqualTo("http://bank.test/");
        assertThat(claims.getAudience()).containsExactly("8a4e2c1d-7b6f-4e3a-a5c9-0d2b1f6e3c78");
        assertThat(claims.getStringClaim("payee")).isEqualTo("John Doe");
    }
}
