package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import tools.jackson.databind.JsonNode;

class OidcMetadataHttpTest extends IdentityHttpTest {

    private String tenant;
    private String tenantId;

    @BeforeEach
    void deployStarterPack() {
        tenant = newTenant();
        generateTokenKeys(tenant);
        uploadLocalAccounts(tenant);
        tenantId = json(admin("GET", "/admin/tenants", "application/json", "")).path("value").valueStream()
                .filter(t -> t.path("name").asString().equals(tenant)).findFirst().orElseThrow().path("id").asString();
    }

    @Test
    void discoveryNamesTheEndpointsAndTheB2cStyleIssuerAtEveryAddressForm() throws Exception {
        String domain = tenant + ".onmicrosoft.com";
        JsonNode byPath = json(get("/" + domain + "/B2C_1A_signup_signin/v2.0/.well-known/openid-configuration"));
        JsonNode byName = json(get("/" + tenant + "/b2c_1a_signup_signin/v2.0/.well-known/openid-configuration"));
        JsonNode byQuery = json(get("/" + tenantId + "/v2.0/.well-known/openid-configuration?p=B2C_1A_signup_signin"));
        JsonNode tfp = json(get("/tfp/" + domain + "/B2C_1A_signup_signin/v2.0/.well-known/openid-configuration"));

        String base = "http://localhost:" + port;
        assertThat(byPath.path("issuer").asString()).isEqualTo(base + "/" + tenantId + "/v2.0/");
        assertThat(byPath.path("authorization_endpoint").asString())
                .isEqualTo(base + "/" + domain + "/b2c_1a_signup_signin/oauth2/v2.0/authorize");
        assertThat(byPath.path("token_endpoint").asString()).isEqualTo(base + "/" + domain + "/b2c_1a_signup_signin/oauth2/v2.0/token");
        assertThat(byPath.path("end_session_endpoint").asString()).endsWith("/b2c_1a_signup_signin/oauth2/v2.0/logout");
        assertThat(byPath.path("id_token_signing_alg_values_supported").get(0).asString()).isEqualTo("RS256");
        assertThat(byPath.path("claims_supported").valueStream().map(JsonNode::asString))
                .contains("sub", "tfp", "email", "name", "iss", "aud", "nonce");
        assertThat(byName).isEqualTo(byPath);
        assertThat(byQuery).isEqualTo(byPath);
        assertThat(tfp).isEqualTo(byPath);
    }

    @Test
    void theJwksIsTheTokenSigningContainersPublicKeyAndNothingPrivate() throws Exception {
        String jwksUri = json(get("/" + tenant + "/B2C_1A_signup_signin/v2.0/.well-known/openid-configuration"))
                .path("jwks_uri").asString();
        HttpResponse<String> response = get(jwksUri.substring(("http://localhost:" + port).length()));

        JWKSet jwks = JWKSet.parse(response.body());
        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey key = jwks.getKeys().get(0).toRSAKey();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
        String signingKid = json(admin("GET", "/graph/" + tenant
                + "/beta/trustFramework/keySets/B2C_1A_TokenSigningKeyContainer/getActiveKey", "application/json", ""))
                .path("kid").asString();
        assertThat(key.getKeyID()).isEqualTo(signingKid);
        assertThat(get("/" + tenant + "/discovery/v2.0/keys?p=B2C_1A_signup_signin").body()).isEqualTo(response.body());
    }

    @Test
    void anUnknownPolicyOrTenantGetsB2csMetadataError() {
        HttpResponse<String> unknownPolicy = get("/" + tenant + "/B2C_1A_nope/v2.0/.well-known/openid-configuration");
        HttpResponse<String> unknownTenant = get("/" + UUID.randomUUID() + "/B2C_1A_signup_signin/discovery/v2.0/keys");

        assertThat(unknownPolicy.statusCode()).isEqualTo(404);
        assertThat(json(unknownPolicy).path("error_description").asString())
                .startsWith("AADB2C90022: Unable to return metadata for the policy 'B2C_1A_nope'");
        assertThat(unknownTenant.statusCode()).isEqualTo(404);
        assertThat(json(unknownTenant).path("error").asString()).isEqualTo("invalid_request");
    }
}
