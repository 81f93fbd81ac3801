package io.trustframe.verify;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;

/**
 * Where every SID, salt and code seed comes from. In the service it is backed by {@link SecureRandom}; tests pass a
 * seeded source to make runs repeatable.
 */
public final class RandomSource {

    private final Random random;

    public RandomSource(Random random) {
        this.random = random;
    }

    public static RandomSource secure() {
        return new RandomSource(new SecureRandom());
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** {@code length} random bytes as lowercase hex. */
    public String hex(int length) {
        return HexFormat.of().formatHex(bytes(length));
    }

    /** A Twilio SID: the two-letter type prefix and 32 hex digits (128 random bits). */
    public String sid(String prefix) {
        return prefix + hex(16);
    }
}
