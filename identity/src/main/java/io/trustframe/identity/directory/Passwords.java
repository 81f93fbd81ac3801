package io.trustframe.identity.directory;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashing with Argon2id (Spring Security's encoder, OWASP-recommended parameters: 16 MiB, 2 passes) and
 * B2C's password complexity rules.
 */
public final class Passwords {

    /** Graph's {@code passwordPolicies} value that lifts the strong-password requirement. */
    public static final String DISABLE_STRONG_PASSWORD = "DisableStrongPassword";

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Verified against when a sign-in name is unknown, so that "no such user" costs the same time as a wrong password. */
    private final String decoy = encoder.encode("decoy password for unknown users");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    public void spendTimeLikeAMatch(String password) {
        encoder.matches(password, decoy);
    }

    /**
     * B2C's strong password rule for local accounts: 8 to 64 characters, of which at least three of lower-case
     * letters, upper-case letters, digits and symbols. With {@code DisableStrongPassword} only the length (8 to 256)
     * is checked.
     *
     * @throws DirectoryException {@code PASSWORD_TOO_WEAK}
     */
    public static void checkComplexity(String password, String passwordPolicies) {
        boolean strong = passwordPolicies == null || !passwordPolicies.contains(DISABLE_STRONG_PASSWORD);
        int length = password.codePointCount(0, password.length());
        int max = strong ? 64 : 256;
        if (length < 8 || length > max) {
            throw new DirectoryException(DirectoryException.Reason.PASSWORD_TOO_WEAK,
                    "The specified password does not comply with password complexity requirements: 8 to " + max
                            + " characters are required.");
        }
        if (strong) {
            int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                    + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                    + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                    + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
            if (classes < 3) {
                throw new DirectoryException(DirectoryException.Reason.PASSWORD_TOO_WEAK,
                        "The specified password does not comply with password complexity requirements: use three of "
                                + "lower-case letters, upper-case letters, digits and symbols.");
            }
        }
    }
}
