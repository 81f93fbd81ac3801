package io.trustframe.identity.oidc;

import java.util.Locale;
import java.util.Optional;

/** How the authorization response travels to the redirect URI. */
public enum ResponseMode {
    QUERY, FRAGMENT, FORM_POST;

    public static Optional<ResponseMode> parse(String value) {
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** OAuth 2.0 Multiple Response Types: query for {@code code}, fragment once a token is in the response. */
    public static ResponseMode defaultFor(ResponseType type) {
        return type.issuesIdToken() ? FRAGMENT : QUERY;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
