package io.trustframe.identity.oidc;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The response types Trustframe issues (token-only implicit flows are not offered). */
public enum ResponseType {
    CODE(Set.of("code")),
    ID_TOKEN(Set.of("id_token")),
    CODE_ID_TOKEN(Set.of("code", "id_token"));

    private final Set<String> parts;

    ResponseType(Set<String> parts) {
        this.parts = parts;
    }

    /** The value in any order of its space-separated parts, as OAuth 2.0 Multiple Response Types allows. */
    public static Optional<ResponseType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Set<String> given = Set.of(value.strip().split("\\s+"));
        return Arrays.stream(values()).filter(t -> t.parts.equals(given)).findFirst();
    }

    public boolean issuesCode() {
        return parts.contains("code");
    }

    public boolean issuesIdToken() {
        return parts.contains("id_token");
    }
}
