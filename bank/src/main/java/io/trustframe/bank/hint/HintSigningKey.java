package io.trustframe.bank.hint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;

/**
 * The key the bank signs its id_token_hints with, and the certificate it is published with.
 *
 * @param key        the RSA key as a JWK: private part, {@code kid} (the certificate's SHA-1 thumbprint in hex, as
 *                   .NET names X.509 keys), {@code x5t}, {@code x5c}, {@code use=sig}, {@code alg}
 * @param algorithm  the JWS algorithm hints are signed with
 * @param thumbprint the certificate's SHA-1 thumbprint, upper-case hex (the form of {@code ida:SigningCertThumbprint})
 */
public record HintSigningKey(RSAKey key, JWSAlgorithm algorithm, String thumbprint) {

    /** The RSA algorithms a hint may be signed with; B2C's id_token_hint profile accepts these for X.509 keys. */
    static final List<JWSAlgorithm> RSA_ALGORITHMS = List.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);

    static HintSigningKey of(RSAPrivateKey privateKey, X509Certificate certificate, JWSAlgorithm algorithm) {
        try {
            byte[] der = certificate.getEncoded();
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(der);
            String thumbprint = HexFormat.of().withUpperCase().formatHex(sha1);
            RSAKey key = new RSAKey.Builder((RSAPublicKey) certificate.getPublicKey())
                    .privateKey(privateKey)
                    .keyID(thumbprint)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(algorithm)
                    .x509CertThumbprint(Base64URL.encode(sha1))
                    .x509CertChain(List.of(Base64.encode(der)))
                    .build();
            return new HintSigningKey(key, algorithm, thumbprint);
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not read the hint signing certificate", e);
        }
    }

    /** The public JWK Set served at the bank's {@code jwks_uri}: never the private part. */
    public JWKSet publicJwks() {
        return new JWKSet(key.toPublicJWK());
    }
}
