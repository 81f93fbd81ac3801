package io.trustframe.engine.spi;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;

/** Policy keys ({@code B2C_1A_…} containers) by storage reference id, as the identity service's key store holds them. */
public interface PolicyKeys {

    /** A secret key (REST client id/secret, API key, Bearer token, id_token_hint symmetric key). */
    Optional<byte[]> secret(String containerName);

    /** An RSA key (token signing, id_token_hint verification, client certificate stand-in). */
    Optional<RSAKey> rsaKey(String containerName);
}
