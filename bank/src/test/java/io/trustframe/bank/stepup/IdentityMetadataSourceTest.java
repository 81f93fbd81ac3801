package io.trustframe.bank.stepup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.trustframe.bank.FakeIdentity;

class IdentityMetadataSourceTest {

    private static final String POLICY = "B2C_1A_PSD2_StepUp";

    @Test
    void readsAPolicysMetadataOnceItIsServedAndKeepsIt() throws Exception {
        try (FakeIdentity identity = new FakeIdentity()) {
            AtomicInteger reads = new AtomicInteger();
            // The first read finds nothing listening, as when the bank starts before the identity service serves.
            IdentityMetadataSource source = new IdentityMetadataSource(policy -> reads.incrementAndGet() == 1
                    ? URI.create("http://127.0.0.1:9/contoso/" + policy + "/v2.0/.well-known/openid-configuration")
                    : identity.metadataUrl(policy));

            assertThatThrownBy(() -> source.metadata(POLICY)).isInstanceOf(IdentityUnavailableException.class)
                    .hasMessageContaining(POLICY);
            IdentityMetadata metadata = source.metadata(POLICY);
            source.metadata(POLICY);

            assertThat(reads).hasValue(2);
            assertThat(metadata.issuer()).isEqualTo(identity.issuer());
            assertThat(metadata.authorizationEndpoint().toString()).endsWith("/" + POLICY + "/oauth2/v2.0/authorize");
            assertThat(metadata.tokenEndpoint().toString()).endsWith("/" + POLICY + "/oauth2/v2.0/token");
            assertThat(metadata.endSessionEndpoint()).hasValueSatisfying(
                    logout -> assertThat(logout.toString()).endsWith("/" + POLICY + "/oauth2/v2.0/logout"));
            assertThat(metadata.jwksUri().toString()).endsWith("/" + POLICY + "/discovery/v2.0/keys");
        }
    }

    @Test
    void aPolicyTheIdentityServiceDoesNotServeIsUnavailable() throws Exception {
        try (FakeIdentity identity = new FakeIdentity()) {
            IdentityMetadataSource source = new IdentityMetadataSource(
                    policy -> URI.create(identity.metadataUrl(policy).toString().replace(FakeIdentity.TENANT, "fabrikam")));

            assertThatThrownBy(() -> source.metadata(POLICY)).isInstanceOf(IdentityUnavailableException.class)
                    .hasMessageContaining("answered 404");
        }
    }
}
