package io.trustframe.identity.engine;

import java.util.Optional;

import com.nimbusds.jose.jwk.RSAKey;

import io.trustframe.engine.spi.PolicyKeys;
import io.trustframe.identity.keys.KeyMaterial;
import io.trustframe.identity.tenants.Tenant;

/** The engine's {@link PolicyKeys} on one tenant's key containers: always the container's active key. */
public final class PolicyKeysPort implements PolicyKeys {

    private final io.trustframe.identity.keys.PolicyKeys keys;
    private final Tenant tenant;

    public PolicyKeysPort(io.trustframe.identity.keys.PolicyKeys keys, Tenant tenant) {
        this.keys = keys;
        this.tenant = tenant;
    }

    @Override
    public Optional<byte[]> secret(String containerName) {
        return keys.activeKey(tenant, containerName).flatMap(KeyMaterial::secret);
    }

    @Override
    public Optional<RSAKey> rsaKey(String containerName) {
        return keys.activeKey(tenant, containerName).flatMap(KeyMaterial::rsa);
    }
}
