package io.trustframe.engine.claims;

import java.util.Objects;

/**
 * One social identity linked to an account: B2C stores {@code {"issuer": "facebook.com", "issuerUserId": "MTIzNDU="}}
 * where the issuer is the identity provider's name and issuerUserId the provider's user id in base64.
 */
public record AlternativeSecurityId(String issuer, String issuerUserId) {

    public AlternativeSecurityId {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuerUserId, "issuerUserId");
    }
}
