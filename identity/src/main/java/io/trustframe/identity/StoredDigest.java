package io.trustframe.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a bearer value (authorization code, refresh token, a federation {@code state}) is stored and looked up: the
 * hex SHA-256 of it, never the value itself, so a copy of the database redeems nothing. The values are 256-bit
 * random, so an unsalted fast hash is enough.
 */
public final class StoredDigest {

    private StoredDigest() {
    }

    public static String of(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
