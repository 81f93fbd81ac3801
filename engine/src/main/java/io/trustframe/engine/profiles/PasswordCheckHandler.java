package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.spi.Directory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * B2C's {@code login-NonInteractive}: in Azure AD B2C a resource-owner password grant against Microsoft's token
 * endpoint, here a password check through the {@link Directory} port. The answer uses the id_token claim names the
 * starter pack maps (oid, tid, given_name, family_name, name, upn). Failures carry the metadata key of the calling
 * self-asserted profile's message (UserMessageIfInvalidPassword, …IfClaimsPrincipalDoesNotExist,
 * …IfUserAccountLocked, …IfUserAccountDisabled).
 */
final class PasswordCheckHandler implements ProfileHandler {

    @Override
    public ProfileResult run(ProfileRun run) {
        String username = value(run.inputs(), "username");
        String password = value(run.inputs(), "password");
        if (username == null || password == null) {
            return new ProfileResult.Error(B2cError.AADB2C90225, B2cError.AADB2C90225.defaultMessage());
        }
        Directory.PasswordCheck check = run.ports().directory().checkPassword(username, password);
        if (check instanceof Directory.PasswordCheck.Valid valid) {
            Map<String, String> attributes = valid.user().attributes();
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("oid", valid.user().objectId());
            outputs.put("sub", valid.user().objectId());
            putIfPresent(outputs, "tid", run.services().request().tenant());
            putIfPresent(outputs, "given_name", value(attributes, "givenName"));
            putIfPresent(outputs, "family_name", value(attributes, "surname"));
            putIfPresent(outputs, "name", value(attributes, "displayName"));
            putIfPresent(outputs, "upn", value(attributes, "userPrincipalName"));
            return ProfileResult.Done.of(outputs);
        }
        if (check instanceof Directory.PasswordCheck.UnknownUser) {
            return new ProfileResult.Error(B2cError.AADB2C90225, "We can't seem to find your account.",
                    "UserMessageIfClaimsPrincipalDoesNotExist");
        }
        if (check instanceof Directory.PasswordCheck.LockedOut) {
            return new ProfileResult.Error(B2cError.AADB2C90225,
                    "Your account is temporarily locked to prevent unauthorized use. Try again later.",
                    "UserMessageIfUserAccountLocked");
        }
        if (check instanceof Directory.PasswordCheck.Disabled) {
            return new ProfileResult.Error(B2cError.AADB2C90225, "Your account has been locked.",
                    "UserMessageIfUserAccountDisabled");
        }
        return new ProfileResult.Error(B2cError.AADB2C90225, "Your password is incorrect.", "UserMessageIfInvalidPassword");
    }

    private static String value(Map<String, String> map, String key) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
