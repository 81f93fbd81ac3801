package io.trustframe.identity.directory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fingerprints of wrong passwords, for smart lockout to recognise a repeated one. Keyed (HMAC-SHA-256 with a key
 * derived from the master key) and truncated to 128 bits: a stolen database alone does not let anyone test guesses
 * against them, and wrong passwords are often near misses of the right one.
 */
public final class WrongPasswords {

    private final SecretKeySpec key;

    public WrongPasswords(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String fingerprint(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
