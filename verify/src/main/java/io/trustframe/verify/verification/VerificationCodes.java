package io.trustframe.verify.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.trustframe.verify.RandomSource;

/**
 * Verification codes: generated, hashed and compared.
 * <p>
 * Twilio resends the <em>same</em> code while a verification is pending, yet a code must never be stored (PSD2 RTS
 * Art. 4(2)(a)/Art. 22: authentication codes protected against disclosure). So a generated code is
 * HMAC-SHA256(key, seed) reduced to the service's number of digits, where the seed is 128 random bits from the
 * {@link RandomSource} and the key is kept outside the database; the database keeps the seed and a salted
 * HMAC-SHA256 of the code, neither of which reveals the code without the key.
 */
public final class VerificationCodes {

    private static final HexFormat HEX = HexFormat.of();
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;
    private final RandomSource random;

    public VerificationCodes(byte[] key, RandomSource random) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the code key must be at least 32 bytes");
        }
        this.key = key.clone();
        this.random = random;
    }

    /** A fresh seed for a generated code, as hex. */
    public String newSeed() {
        return random.hex(16);
    }

    /** The code a seed stands for: {@code length} decimal digits, uniformly distributed (bias below 10^-8). */
    public String code(String seed, int length) {
        long value = ByteBuffer.wrap(hmac(key, HEX.parseHex(seed))).getLong() & Long.MAX_VALUE;
        long modulus = (long) Math.pow(10, length);
        String digits = Long.toString(value % modulus);
        return "0".repeat(length - digits.length()) + digits;
    }

    public String newSalt() {
        return random.hex(16);
    }

    public String hash(String salt, String code) {
        return HEX.formatHex(hmac(HEX.parseHex(salt), code.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether a submitted code is the one hashed, compared in constant time. */
    public boolean matches(String candidate, String salt, String hash) {
        return MessageDigest.isEqual(HEX.parseHex(hash(salt, candidate)), HEX.parseHex(hash));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
