package io.trustframe.identity.directory;

import java.time.Instant;

/**
 * The outcome of checking a local account's password, for the policy engine's sign-in step to turn into B2C's
 * messages. Lockout is reported before the password is looked at: a locked account does not reveal whether a
 * guess was right.
 */
public sealed interface PasswordCheck {

    /** Right password, account enabled: the user signs in. */
    record Verified(User user) implements PasswordCheck {
    }

    /** No local account has that sign-in name. */
    record NoSuchUser() implements PasswordCheck {
    }

    /** Wrong password; the failure was counted towards the lockout threshold. */
    record WrongPassword() implements PasswordCheck {
    }

    /** The account is locked after too many wrong passwords, until {@code until}. */
    record LockedOut(Instant until) implements PasswordCheck {
    }

    /** Right password, but the account is disabled ({@code accountEnabled = false}). */
    record Disabled(User user) implements PasswordCheck {
    }

    /** The account has no password (it signs in through a federated identity only). */
    record NoPassword(User user) implements PasswordCheck {
    }
}
