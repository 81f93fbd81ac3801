package io.trustframe.identity.keys;

import java.util.Locale;
import java.util.Optional;

/** The key types B2C policy keys come in: an RSA key pair, or a symmetric secret (JWK {@code oct}). */
public enum KeyType {
    RSA("RSA"), OCT("oct");

    private final String jwk;

    KeyType(String jwk) {
        this.jwk = jwk;
    }

    public String jwk() {
        return jwk;
    }

    /** Accepts {@code RSA}, {@code oct} and B2C's "Secret", in any case. */
    public static Optional<KeyType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "rsa" -> Optional.of(RSA);
            case "oct", "secret" -> Optional.of(OCT);
            default -> Optional.empty();
        };
    }
}
