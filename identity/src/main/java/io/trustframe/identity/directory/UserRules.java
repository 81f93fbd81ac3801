package io.trustframe.identity.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.trustframe.identity.directory.DirectoryException.Reason;
import io.trustframe.identity.tenants.Tenant;

/** The checks a user's properties must pass before they are stored, whoever writes them (Graph or a policy). */
final class UserRules {

    /**
     * Graph's form {@code extension_<b2c-extensions-app id without dashes>_<name>}, and the short
     * {@code extension_<name>} custom policies use.
     */
    private static final Pattern EXTENSION = Pattern.compile("extension_(?:[0-9a-fA-F]{32}_)?[A-Za-z][A-Za-z0-9_]{0,119}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** E.164 as B2C stores enrolled phones, allowing the space B2C puts after the country code. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9 ]{5,19}");

    private UserRules() {
    }

    static void checkNew(Tenant tenant, NewUser user) {
        checkDisplayName(user.displayName());
        checkName("givenName", user.givenName());
        checkName("surname", user.surname());
        checkIdentities(tenant, user.identities());
        checkPhone(user.strongAuthenticationPhoneNumber());
        checkExtensions(user.extensionAttributes());
        boolean local = user.identities().stream().anyMatch(Identity::isLocal);
        if (local && user.password() == null) {
            throw invalid("passwordProfile", "a password is required for a user with a local sign-in name");
        }
        if (user.password() != null) {
            Passwords.checkComplexity(user.password(), user.passwordPolicies());
        }
    }

    static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 256) {
            throw invalid("displayName", "1 to 256 characters are required");
        }
    }

    static void checkName(String property, String value) {
        if (value != null && value.length() > 64) {
            throw invalid(property, "at most 64 characters are allowed");
        }
    }

    static void checkIdentities(Tenant tenant, List<Identity> identities) {
        if (identities.isEmpty()) {
            throw invalid("identities", "at least one identity is required");
        }
        Set<String> seen = new HashSet<>();
        for (Identity identity : identities) {
            if (blank(identity.signInType()) || blank(identity.issuer()) || blank(identity.issuerAssignedId())) {
                throw invalid("identities", "signInType, issuer and issuerAssignedId are required");
            }
            if (identity.signInType().length() > 64 || identity.issuer().length() > 255
                    || identity.issuerAssignedId().length() > 255) {
                throw invalid("identities", "a value is too long");
            }
            // Graph: a local account's issuer is the tenant's own domain.
            if (identity.isLocal() && !identity.issuer().equalsIgnoreCase(tenant.domain())) {
                throw invalid("identities", "the issuer of a local sign-in name must be " + tenant.domain());
            }
            if ("emailAddress".equalsIgnoreCase(identity.signInType()) && !EMAIL.matcher(identity.issuerAssignedId()).matches()) {
                throw invalid("identities", "an emailAddress sign-in name must be an email address");
            }
            String key = identity.signInType().toLowerCase(Locale.ROOT) + "|" + identity.issuer().toLowerCase(Locale.ROOT)
                    + "|" + identity.issuerAssignedId().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw invalid("identities", "the same identity is listed twice");
            }
        }
    }

    static void checkPhone(String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw invalid("strongAuthenticationPhoneNumber", "an E.164 phone number such as +14255550123 is required");
        }
    }

    static void checkExtensions(Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            if (!EXTENSION.matcher(name).matches()) {
                throw invalid(name, "extension attributes are named extension_<appId>_<name>");
            }
            if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long)) {
                throw invalid(name, "an extension attribute holds a string, an integer or a boolean");
            }
            if (value instanceof String text && text.length() > 256) {
                throw invalid(name, "a string extension attribute holds at most 256 characters");
            }
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static DirectoryException invalid(String property, String why) {
        return new DirectoryException(Reason.INVALID_VALUE, "Invalid value specified for property '" + property + "': " + why + ".");
    }
}
