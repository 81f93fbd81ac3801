package io.trustframe.engine.spi;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;

/** Policy keys ({@code B2C_1A_…} containers) by storage reference id, as the identity service's key store holds them. */
public interface PolicyKeys {

    /** A secret key (REST client id/secret, API key, Bearer token, id_token_hint symmetric key). */
    Optional<byte[]> secret(String containerName);

    /** An RSA key (token signing, id_token_hint verification). */
    Optional<RSAKey> rsaKey(String containerName);

    /**
     * A certificate with its private key (an uploaded PKCS#12), for RESTful AuthenticationType ClientCertificate.
     * Key stores that hold no certificates need not implement it.
     */
    default Optional<ClientCertificate> clientCertificate(String containerName) {
        return Optional.empty();
    }
}
