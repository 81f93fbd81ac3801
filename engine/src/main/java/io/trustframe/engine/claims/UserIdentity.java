package io.trustframe.engine.claims;

import java.util.Objects;

/**
 * A sign-in identity of a directory user ({@code userIdentity} data type): how the user signs in
 * ({@code emailAddress}, {@code userName}, {@code federated}, …), who issued it and the value.
 */
public record UserIdentity(String signInType, String issuer, String issuerAssignedId) {

    public UserIdentity {
        Objects.requireNonNull(signInType, "signInType");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuerAssignedId, "issuerAssignedId");
    }
}
