package io.trustframe.identity.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import io.trustframe.identity.keys.PolicyKeyException.Reason;
import io.trustframe.identity.keys.PolicyKeyStore.NewKey;
import io.trustframe.identity.tenants.Tenant;

/**
 * B2C's policy keys: containers named {@code B2C_1A_…}, keys generated, typed in ("Manual") or uploaded, each with
 * a usage and optional activation and expiration dates, and one active key per container. This is the Java API the
 * OpenID Connect endpoints and the policy engine's key port call.
 */
@Service
public class PolicyKeys {

    /** B2C adds this prefix to every container name; policies reference containers by the prefixed name. */
    public static final String PREFIX = "B2C_1A_";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-.]{1,100}");
    /** Generated secrets are 512 bits: enough for HMAC-SHA-512, the largest HMAC a policy can ask for. */
    private static final int GENERATED_SECRET_BYTES = 64;
    private static final int MAX_SECRET_BYTES = 4096;

    private final PolicyKeyStore store;
    private final SecretEnvelope envelope;
    private final Clock clock;
    private final SecureRandom random;

    public PolicyKeys(PolicyKeyStore store, SecretEnvelope envelope, Clock clock, SecureRandom random) {
        this.store = store;
        this.envelope = envelope;
        this.clock = clock;
        this.random = random;
    }

    /** The container name B2C makes of {@code id}: {@code TokenSigningKeyContainer} becomes {@code B2C_1A_TokenSigningKeyContainer}. */
    public static String containerName(String id) {
        String name = id == null ? "" : id.strip();
        if (name.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
            name = name.substring(PREFIX.length());
        }
        if (!NAME.matcher(name).matches()) {
            throw new PolicyKeyException(Reason.INVALID_NAME,
                    "a key set name is 1 to 100 letters, digits, '_', '-' or '.' after the " + PREFIX + " prefix");
        }
        return PREFIX + name;
    }

    public KeySet createKeySet(Tenant tenant, String id) {
        return store.createKeySet(tenant.id(), containerName(id));
    }

    public List<KeySet> keySets(Tenant tenant) {
        return store.keySets(tenant.id());
    }

    /** A container by its name, with or without the prefix, in any case. */
    public Optional<KeySet> keySet(Tenant tenant, String name) {
        return store.keySet(tenant.id(), containerName(name));
    }

    public boolean deleteKeySet(Tenant tenant, String name) {
        return store.deleteKeySet(tenant.id(), containerName(name));
    }

    /** B2C's "Generate" option: a new RSA key pair (2048 bits) or a random secret. */
    public PolicyKey generate(Tenant tenant, String keySet, KeyType type, KeyUse use, Instant notBefore, Instant expires) {
        checkDates(notBefore, expires);
        if (type == KeyType.RSA) {
            KeyPair pair = Keys.generateRsa(random);
            return addRsa(tenant, keySet, KeyOrigin.GENERATED, use, notBefore, expires,
                    (RSAPublicKey) pair.getPublic(), pair.getPrivate(), null);
        }
        byte[] secret = new byte[GENERATED_SECRET_BYTES];
        random.nextBytes(secret);
        try {
            return addSecret(tenant, keySet, KeyOrigin.GENERATED, use, notBefore, expires, secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** B2C's "Manual" option: a secret the administrator types, such as a REST API password or a client secret. */
    public PolicyKey uploadSecret(Tenant tenant, String keySet, KeyUse use, String secret, Instant notBefore, Instant expires) {
        if (secret == null || secret.isEmpty()) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the secret is empty");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_SECRET_BYTES) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the secret is longer than " + MAX_SECRET_BYTES + " bytes");
        }
        checkDates(notBefore, expires);
        return addSecret(tenant, keySet, KeyOrigin.MANUAL, use, notBefore, expires, bytes);
    }

    /**
     * B2C's "Upload" option with a PKCS#12 ({@code .pfx}) file holding an RSA private key and its certificate. The
     * dates default to the certificate's validity, as B2C takes them from it.
     */
    public PolicyKey uploadPkcs12(Tenant tenant, String keySet, byte[] pkcs12, String password, KeyUse use,
                                  Instant notBefore, Instant expires) {
        char[] pin = password == null ? new char[0] : password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), pin);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, pin) instanceof RSAPrivateKey privateKey) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate instanceof X509Certificate x509) {
                        return addCertificate(tenant, keySet, KeyOrigin.PKCS12, use, notBefore, expires, x509, privateKey);
                    }
                }
            }
            throw new PolicyKeyException(Reason.INVALID_KEY, "the PKCS#12 file holds no RSA private key with a certificate");
        } catch (IOException e) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the PKCS#12 file cannot be read: wrong password or not PKCS#12");
        } catch (GeneralSecurityException e) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the PKCS#12 file cannot be read: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /**
     * Upload of a certificate as PEM ({@code -----BEGIN CERTIFICATE-----}, optionally followed by its
     * {@code -----BEGIN PRIVATE KEY-----} in PKCS#8) or as base64 DER (a {@code .cer}). Without a private key the key
     * can be published and used to verify or encrypt for its owner, but not to sign.
     */
    public PolicyKey uploadCertificate(Tenant tenant, String keySet, String certificate, KeyUse use,
                                       Instant notBefore, Instant expires) {
        Pem pem = Pem.parse(certificate);
        X509Certificate x509;
        try {
            x509 = Keys.certificate(pem.certificate());
        } catch (GeneralSecurityException e) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the certificate cannot be read");
        }
        PrivateKey privateKey = null;
        if (pem.privateKey() != null) {
            try {
                privateKey = Keys.rsaPrivateKey(pem.privateKey());
            } catch (GeneralSecurityException e) {
                throw new PolicyKeyException(Reason.INVALID_KEY, "the private key is not an unencrypted PKCS#8 RSA key");
            }
        }
        return addCertificate(tenant, keySet, KeyOrigin.CERTIFICATE, use, notBefore, expires, x509, privateKey);
    }

    /** The container's active key with its private material, for signing or decrypting now. */
    public Optional<KeyMaterial> activeKey(Tenant tenant, String keySet) {
        return keySet(tenant, keySet)
                .flatMap(set -> set.active(clock.instant()))
                .filter(PolicyKey::hasPrivate)
                .map(key -> open(tenant, key));
    }

    /** A key of the container by kid, active or not, e.g. to decrypt something encrypted before a rollover. */
    public Optional<KeyMaterial> key(Tenant tenant, String keySet, String kid) {
        return keySet(tenant, keySet)
                .flatMap(set -> set.keys().stream().filter(key -> key.kid().equals(kid)).findFirst())
                .filter(PolicyKey::hasPrivate)
                .map(key -> open(tenant, key));
    }

    /**
     * The JWKS of a container for relying parties: public RSA keys that have not expired, future ones included so
     * that clients know them before a rollover. Secrets never appear. Empty when the container does not exist.
     */
    public Optional<JWKSet> jwks(Tenant tenant, String keySet) {
        Instant now = clock.instant();
        return keySet(tenant, keySet).map(set -> new JWKSet(set.unexpired(now).stream()
                .map(PolicyKey::publicJwk)
                .flatMap(Optional::stream)
                .toList()));
    }

    private KeyMaterial open(Tenant tenant, PolicyKey key) {
        String sealed = store.sealedSecret(tenant.id(), key.keySet(), key.version()).orElseThrow();
        byte[] secret = envelope.open(sealed, context(tenant, key.keySet(), key.kid()));
        try {
            JWK jwk = switch (key.type()) {
                case RSA -> new RSAKey.Builder((RSAPublicKey) key.publicKey())
                        .privateKey(Keys.rsaPrivateKey(secret))
                        .keyID(key.kid()).keyUse(key.use().nimbus()).build();
                case OCT -> new OctetSequenceKey.Builder(secret).keyID(key.kid()).keyUse(key.use().nimbus()).build();
            };
            return new KeyMaterial(key, jwk);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored private key does not decode", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private PolicyKey addSecret(Tenant tenant, String keySet, KeyOrigin origin, KeyUse use,
                                Instant notBefore, Instant expires, byte[] secret) {
        // A secret's kid is random: a thumbprint would be a hash of a possibly guessable typed secret.
        byte[] kid = new byte[16];
        random.nextBytes(kid);
        String kidText = Base64URL.encode(kid).toString();
        String name = containerName(keySet);
        return store.add(tenant.id(), name, new NewKey(kidText, KeyType.OCT, use, origin, notBefore, expires,
                null, null, envelope.seal(secret, context(tenant, name, kidText))));
    }

    private PolicyKey addCertificate(Tenant tenant, String keySet, KeyOrigin origin, KeyUse use, Instant notBefore,
                                     Instant expires, X509Certificate certificate, PrivateKey privateKey) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "only RSA certificates are supported");
        }
        if (privateKey != null && !Keys.matches(privateKey, publicKey)) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the private key does not belong to the certificate");
        }
        Instant from = notBefore != null ? notBefore : certificate.getNotBefore().toInstant();
        Instant until = expires != null ? expires : certificate.getNotAfter().toInstant();
        checkDates(from, until);
        try {
            return addRsa(tenant, keySet, origin, use, from, until, publicKey, privateKey, certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the certificate cannot be encoded");
        }
    }

    private PolicyKey addRsa(Tenant tenant, String keySet, KeyOrigin origin, KeyUse use, Instant notBefore,
                             Instant expires, RSAPublicKey publicKey, PrivateKey privateKey, byte[] certificate) {
        // The kid is the RFC 7638 thumbprint: stable for the key, so relying parties can match it across restarts.
        String kid;
        try {
            kid = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        String name = containerName(keySet);
        String sealed = privateKey == null ? null : envelope.seal(privateKey.getEncoded(), context(tenant, name, kid));
        return store.add(tenant.id(), name, new NewKey(kid, KeyType.RSA, use, origin, notBefore, expires,
                publicKey.getEncoded(), certificate, sealed));
    }

    private void checkDates(Instant notBefore, Instant expires) {
        if (expires != null && !expires.isAfter(clock.instant())) {
            throw new PolicyKeyException(Reason.INVALID_DATES, "the expiration date has passed");
        }
        if (notBefore != null && expires != null && !expires.isAfter(notBefore)) {
            throw new PolicyKeyException(Reason.INVALID_DATES, "the expiration date is not after the activation date");
        }
    }

    /** What a sealed secret is bound to: moving it to another tenant, container or key makes it unreadable. */
    private static String context(Tenant tenant, String keySet, String kid) {
        return "policy-key|" + tenant.id() + "|" + keySet.toLowerCase(Locale.ROOT) + "|" + kid;
    }
}
