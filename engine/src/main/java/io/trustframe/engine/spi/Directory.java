package io.trustframe.engine.spi;

import java.util.Map;
import java.util.Optional;

/**
 * The user directory B2C's AzureActiveDirectoryProvider talks to. Users are attribute maps keyed by the Graph-style
 * names policies use as PartnerClaimType ({@code objectId}, {@code signInNames.emailAddress}, {@code displayName},
 * {@code givenName}, {@code surname}, {@code strongAuthenticationPhoneNumber}, {@code alternativeSecurityId}, …).
 * Passwords are write-only: they are set through {@code password} in {@link #write} and checked through
 * {@link #checkPassword}, never read.
 */
public interface Directory {

    Optional<DirectoryUser> byObjectId(String objectId);

    /** {@code type} is the part after {@code signInNames.} (emailAddress, userName, phoneNumber); case-insensitive value. */
    Optional<DirectoryUser> bySignInName(String type, String value);

    Optional<DirectoryUser> byUserPrincipalName(String userPrincipalName);

    /** The user linked to a federated identity (issuer + subject), as the alternativeSecurityId claim carries it. */
    Optional<DirectoryUser> byAlternativeSecurityId(String issuer, String subject);

    /**
     * Creates ({@code objectId} null) or updates a user with {@code attributes}; {@code password} among them sets the
     * password. Answers the stored user.
     */
    DirectoryUser write(String objectId, Map<String, String> attributes);

    void delete(String objectId);

    /** The resource-owner password check B2C's {@code login-NonInteractive} profile performs against Azure AD. */
    PasswordCheck checkPassword(String signInName, String password);

    /** A stored user: its object id and attributes (never the password). */
    record DirectoryUser(String objectId, Map<String, String> attributes) {
        public DirectoryUser {
            attributes = Map.copyOf(attributes);
        }
    }

    /** The outcomes of a password check B2C distinguishes in its error codes. */
    sealed interface PasswordCheck {
        record Valid(DirectoryUser user) implements PasswordCheck {
        }

        /** No such user: AADB2C90035-like "we can't seem to find your account". */
        record UnknownUser() implements PasswordCheck {
        }

        record WrongPassword() implements PasswordCheck {
        }

        /** Too many failed attempts (AADB2C90092 / smart lockout). */
        record LockedOut() implements PasswordCheck {
        }

        record Disabled() implements PasswordCheck {
        }
    }
}
