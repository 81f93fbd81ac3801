package io.trustframe.identity.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of policy key containers and their keys, per tenant. Names are matched ignoring case. */
public interface PolicyKeyStore {

    /** @throws PolicyKeyException {@code KEY_SET_EXISTS} when the tenant has a container of that name */
    KeySet createKeySet(UUID tenantId, String name);

    List<KeySet> keySets(UUID tenantId);

    Optional<KeySet> keySet(UUID tenantId, String name);

    /** @return whether the container existed */
    boolean deleteKeySet(UUID tenantId, String name);

    /**
     * Appends a key to a container as its next version.
     *
     * @throws PolicyKeyException {@code KEY_SET_NOT_FOUND}, or {@code DUPLICATE_KEY} when the container holds that kid
     */
    PolicyKey add(UUID tenantId, String keySet, NewKey key);

    /** The sealed private material of a key, as {@link NewKey#sealedSecret()} stored it. */
    Optional<String> sealedSecret(UUID tenantId, String keySet, int version);

    /**
     * A key ready to store. Its private material is already sealed (bound to tenant, container and kid).
     *
     * @param publicKey   X.509 SubjectPublicKeyInfo DER of an RSA key; null for secrets
     * @param certificate DER of the uploaded certificate; null otherwise
     * @param sealedSecret a {@link SecretEnvelope} of the PKCS#8 private key or the secret; null for a bare certificate
     */
    record NewKey(String kid, KeyType type, KeyUse use, KeyOrigin origin, Instant notBefore, Instant expires,
                  byte[] publicKey, byte[] certificate, String sealedSecret) {
    }
}
