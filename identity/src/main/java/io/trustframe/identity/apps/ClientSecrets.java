package io.trustframe.identity.apps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Client secrets are 256 random bits made here, never chosen by people. For such a secret a single SHA-256 is a
 * sound one-way store: nobody can search a 2^256 space, so a slow password hash (Argon2, PBKDF2) would only add its
 * cost to every token request without making a stolen digest any harder to reverse.
 */
final class ClientSecrets {

    private static final int BYTES = 32;
    private static final int HINT = 3;

    private final SecureRandom random;

    ClientSecrets(SecureRandom random) {
        this.random = random;
    }

    String generate() {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The first characters, which Entra lists so that an administrator can tell secrets apart. */
    static String hint(String secret) {
        return secret.substring(0, HINT);
    }

    static String digest(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    static boolean matches(String presented, String storedDigest) {
        return MessageDigest.isEqual(sha256(presented), HexFormat.of().parseHex(storedDigest));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
