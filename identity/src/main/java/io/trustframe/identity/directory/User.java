package io.trustframe.identity.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A directory user: the attributes B2C's directory technical profiles read and write. The password hash and the
 * lockout counters stay inside the directory.
 *
 * @param strongAuthenticationPhoneNumber the phone number enrolled for MFA, as B2C's starter packs store it
 * @param extensionAttributes             custom attributes named {@code extension_…}: strings, numbers, booleans
 */
public record User(
        UUID objectId,
        boolean accountEnabled,
        String displayName,
        String givenName,
        String surname,
        List<Identity> identities,
        boolean hasPassword,
        boolean forceChangePasswordNextSignIn,
        String passwordPolicies,
        String strongAuthenticationPhoneNumber,
        Map<String, Object> extensionAttributes,
        Instant createdDateTime) {

    public User {
        identities = List.copyOf(identities);
        extensionAttributes = Map.copyOf(extensionAttributes);
    }
}
