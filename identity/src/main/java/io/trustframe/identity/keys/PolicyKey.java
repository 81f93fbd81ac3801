package io.trustframe.identity.keys;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;

/**
 * One key of a policy key container, without its private material: that stays sealed in the store and is opened
 * only by {@link PolicyKeys#signingKey} and its kin.
 *
 * @param version     1, 2, … in the order keys were added to the container
 * @param notBefore   B2C's activation date ({@code nbf}); null: none
 * @param expires     B2C's expiration date ({@code exp}); null: none
 * @param publicKey   the RSA public key; null for secrets
 * @param certificate the certificate an uploaded key came with; null otherwise
 * @param hasPrivate  whether a private key or secret is stored (a certificate may be uploaded without one)
 */
public record PolicyKey(
        String keySet,
        int version,
        String kid,
        KeyType type,
        KeyUse use,
        KeyOrigin origin,
        Instant notBefore,
        Instant expires,
        PublicKey publicKey,
        X509Certificate certificate,
        boolean hasPrivate,
        Instant created) {

    /** Whether the key may be used at {@code now}: activated and not expired. */
    public boolean validAt(Instant now) {
        return (notBefore == null || !now.isBefore(notBefore)) && (expires == null || now.isBefore(expires));
    }

    public boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }

    /**
     * The public JWK of an RSA key (kty, kid, use, n, e; x5t and x5c for a certificate; nbf and exp when set, as B2C's
     * keys endpoint shows them). Empty for secrets, which are never published.
     */
    public Optional<JWK> publicJwk() {
        if (!(publicKey instanceof RSAPublicKey rsa)) {
            return Optional.empty();
        }
        RSAKey.Builder jwk = new RSAKey.Builder(rsa)
                .keyID(kid)
                .keyUse(use.nimbus());
        if (notBefore != null) {
            jwk.notBeforeTime(Date.from(notBefore));
        }
        if (expires != null) {
            jwk.expirationTime(Date.from(expires));
        }
        if (certificate != null) {
            try {
                byte[] der = certificate.getEncoded();
                jwk.x509CertThumbprint(Base64URL.encode(Keys.sha1(der)));
                jwk.x509CertChain(List.of(Base64.encode(der)));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("a stored certificate does not encode", e);
            }
        }
        return Optional.of(jwk.build());
    }
}
