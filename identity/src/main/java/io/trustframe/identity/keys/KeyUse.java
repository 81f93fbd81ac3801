package io.trustframe.identity.keys;

import java.util.Locale;
import java.util.Optional;

/** B2C's key usage: a policy key either signs ({@code sig}) or encrypts ({@code enc}), as JWK's {@code use}. */
public enum KeyUse {
    SIG("sig"), ENC("enc");

    private final String jwk;

    KeyUse(String jwk) {
        this.jwk = jwk;
    }

    public String jwk() {
        return jwk;
    }

    /** The same usage as Nimbus's type, for building JWKs. */
    com.nimbusds.jose.jwk.KeyUse nimbus() {
        return this == SIG ? com.nimbusds.jose.jwk.KeyUse.SIGNATURE : com.nimbusds.jose.jwk.KeyUse.ENCRYPTION;
    }

    /** Accepts B2C's portal words ("Signature", "Encryption") as well as the JWK values. */
    public static Optional<KeyUse> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "sig", "signature" -> Optional.of(SIG);
            case "enc", "encryption" -> Optional.of(ENC);
            default -> Optional.empty();
        };
    }
}
