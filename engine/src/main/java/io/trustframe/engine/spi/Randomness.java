package io.trustframe.engine.spi;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** The engine's only random source: production wraps a SecureRandom, tests a seeded generator. */
@FunctionalInterface
public interface Randomness {

    RandomGenerator generator();

    static Randomness secure() {
        SecureRandom random = new SecureRandom();
        return () -> random;
    }

    /** A random identifier (correlation ids, object ids, session ids) as 32 hex digits. */
    default String id() {
        byte[] bytes = new byte[16];
        generator().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code length} random decimal digits (one-time codes). */
    default String digits(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + generator().nextInt(10)));
        }
        return code.toString();
    }
}
