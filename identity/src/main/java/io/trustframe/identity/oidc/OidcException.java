package io.trustframe.identity.oidc;

/** A request an OpenID Connect endpoint refuses; {@link OidcErrors} writes the answer. */
public final class OidcException extends RuntimeException {

    private final OidcError error;

    public OidcException(OidcError error, Object... arguments) {
        super(error.description(arguments));
        this.error = error;
    }

    public OidcError error() {
        return error;
    }
}
