package io.trustframe.identity.directory;

import java.util.List;
import java.util.Map;

/**
 * A partial update of a user. {@code extensionAttributes} merges: a listed attribute set to null is removed, one
 * not listed is kept. {@code password} sets a new password (and resets the lockout counters).
 */
public record UserChanges(
        Change<Boolean> accountEnabled,
        Change<String> displayName,
        Change<String> givenName,
        Change<String> surname,
        Change<List<Identity>> identities,
        Change<String> password,
        Change<Boolean> forceChangePasswordNextSignIn,
        Change<String> passwordPolicies,
        Change<String> strongAuthenticationPhoneNumber,
        Map<String, Object> extensionAttributes) {

    public static UserChanges none() {
        return new UserChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Map.of());
    }
}
