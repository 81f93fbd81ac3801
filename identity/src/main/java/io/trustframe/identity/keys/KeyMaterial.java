package io.trustframe.identity.keys;

import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * A policy key opened for use: the RSA key pair or the secret, as a Nimbus JWK (kid, use set), ready for a
 * {@code JWSSigner}, {@code JWEDecrypter} or an HTTP Basic password. Keep it out of logs and responses.
 */
public record KeyMaterial(PolicyKey key, JWK jwk) {

    /** The RSA key pair, for RSA keys with a private part. */
    public Optional<RSAKey> rsa() {
        return jwk instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

    /** The secret's bytes, for symmetric keys (a "Manual" secret is its UTF-8 text). */
    public Optional<byte[]> secret() {
        return jwk instanceof OctetSequenceKey oct ? Optional.of(oct.toByteArray()) : Optional.empty();
    }
}
