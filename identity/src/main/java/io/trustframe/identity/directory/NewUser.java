package io.trustframe.identity.directory;

import java.util.List;
import java.util.Map;

/** What creating a user takes; {@code password} may be null for a user who signs in only through a federated identity. */
public record NewUser(
        boolean accountEnabled,
        String displayName,
        String givenName,
        String surname,
        List<Identity> identities,
        String password,
        boolean forceChangePasswordNextSignIn,
        String passwordPolicies,
        String strongAuthenticationPhoneNumber,
        Map<String, Object> extensionAttributes) {

    public NewUser {
        identities = identities == null ? List.of() : List.copyOf(identities);
        extensionAttributes = extensionAttributes == null ? Map.of() : Map.copyOf(extensionAttributes);
    }
}
