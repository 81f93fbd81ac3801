package io.trustframe.identity.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trustframe.engine.claims.AlternativeSecurityId;
import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import io.trustframe.engine.spi.Directory;
import io.trustframe.identity.directory.Change;
import io.trustframe.identity.directory.Identity;
import io.trustframe.identity.directory.NewUser;
import io.trustframe.identity.directory.PasswordCheck;
import io.trustframe.identity.directory.User;
import io.trustframe.identity.directory.UserChanges;
import io.trustframe.identity.directory.UserDirectory;
import io.trustframe.identity.tenants.Tenant;

/**
 * The engine's {@link Directory} on one tenant of the identity service's {@link UserDirectory}. Attributes carry the
 * names B2C's AzureActiveDirectoryProvider uses as PartnerClaimType. Attributes the directory has no place for
 * ({@code mailNickName}, {@code otherMails}, {@code strongAuthenticationEmailAddress}, a written
 * {@code userPrincipalName}, which is always {@code <objectId>@<domain>} here) are not stored.
 */
public final class DirectoryPort implements Directory {

    private static final String SIGN_IN_NAMES = "signinnames.";

    private final UserDirectory directory;
    private final Tenant tenant;

    public DirectoryPort(UserDirectory directory, Tenant tenant) {
        this.directory = directory;
        this.tenant = tenant;
    }

    @Override
    public Optional<DirectoryUser> byObjectId(String objectId) {
        return objectId(objectId).flatMap(id -> directory.find(tenant, id)).map(this::toEngine);
    }

    @Override
    public Optional<DirectoryUser> bySignInName(String type, String value) {
        return directory.findBySignInName(tenant, type, value).map(this::toEngine);
    }

    @Override
    public Optional<DirectoryUser> byUserPrincipalName(String userPrincipalName) {
        int at = userPrincipalName.lastIndexOf('@');
        if (at < 0 || !userPrincipalName.substring(at + 1).equalsIgnoreCase(tenant.domain())) {
            return Optional.empty();
        }
        return byObjectId(userPrincipalName.substring(0, at));
    }

    @Override
    public Optional<DirectoryUser> byAlternativeSecurityId(String issuer, String subject) {
        return directory.findByIdentity(tenant, issuer, subject).map(this::toEngine);
    }

    @Override
    public DirectoryUser write(String objectId, Map<String, String> attributes) {
        Written written = Written.of(attributes, tenant);
        User user;
        if (objectId == null) {
            String displayName = written.displayName != null ? written.displayName : "unknown";
            user = directory.create(tenant, new NewUser(!"false".equalsIgnoreCase(written.accountEnabled),
                    displayName, written.givenName, written.surname, written.identities, written.password, false,
                    written.passwordPolicies, written.phone, written.extensions));
        } else {
            UUID id = objectId(objectId).orElseThrow(() -> new IllegalArgumentException("not an object id: " + objectId));
            User current = directory.find(tenant, id).orElseThrow(
                    () -> new IllegalArgumentException("no user " + objectId));
            List<Identity> identities = new ArrayList<>(current.identities());
            written.identities.stream().filter(i -> identities.stream().noneMatch(
                    have -> have.signInType().equalsIgnoreCase(i.signInType())
                            && have.issuerAssignedId().equalsIgnoreCase(i.issuerAssignedId())))
                    .forEach(identities::add);
            user = directory.update(tenant, id, new UserChanges(
                    written.accountEnabled == null ? Change.keep() : Change.to(Boolean.parseBoolean(written.accountEnabled)),
                    change(written.displayName), change(written.givenName), change(written.surname),
                    written.identities.isEmpty() ? Change.keep() : Change.to(identities),
                    change(written.password), Change.keep(), change(written.passwordPolicies), change(written.phone),
                    written.extensions));
        }
        return toEngine(user);
    }

    @Override
    public void delete(String objectId) {
        objectId(objectId).ifPresent(id -> directory.delete(tenant, id));
    }

    @Override
    public PasswordCheck checkPassword(String signInName, String password) {
        io.trustframe.identity.directory.PasswordCheck check = directory.checkPassword(tenant, signInName, password);
        if (check instanceof io.trustframe.identity.directory.PasswordCheck.Verified verified) {
            return new PasswordCheck.Valid(toEngine(verified.user()));
        }
        if (check instanceof io.trustframe.identity.directory.PasswordCheck.NoSuchUser) {
            return new PasswordCheck.UnknownUser();
        }
        if (check instanceof io.trustframe.identity.directory.PasswordCheck.LockedOut) {
            return new PasswordCheck.LockedOut();
        }
        if (check instanceof io.trustframe.identity.directory.PasswordCheck.Disabled) {
            return new PasswordCheck.Disabled();
        }
        // WrongPassword, and NoPassword: Azure AD answers a password grant for an account without one the same way.
        return new PasswordCheck.WrongPassword();
    }

    private DirectoryUser toEngine(User user) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("accountEnabled", Boolean.toString(user.accountEnabled()));
        put(attributes, "displayName", user.displayName());
        put(attributes, "givenName", user.givenName());
        put(attributes, "surname", user.surname());
        put(attributes, "passwordPolicies", user.passwordPolicies());
        put(attributes, "strongAuthenticationPhoneNumber", user.strongAuthenticationPhoneNumber());
        attributes.put("userPrincipalName", user.objectId() + "@" + tenant.domain());
        for (Identity identity : user.identities()) {
            if (identity.isLocal()) {
                attributes.putIfAbsent("signInNames." + identity.signInType(), identity.issuerAssignedId());
            } else {
                attributes.putIfAbsent("alternativeSecurityId", new ClaimValue.AlternativeSecurityIdValue(
                        new AlternativeSecurityId(identity.issuer(), identity.issuerAssignedId())).asString());
            }
        }
        user.extensionAttributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
        return new DirectoryUser(user.objectId().toString(), attributes);
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    private static Change<String> change(String value) {
        return value == null ? Change.keep() : Change.to(value);
    }

    private static Optional<UUID> objectId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The attributes of one write, sorted into the directory's fields. */
    private static final class Written {
        String accountEnabled;
        String displayName;
        String givenName;
        String surname;
        String password;
        String passwordPolicies;
        String phone;
        final List<Identity> identities = new ArrayList<>();
        final Map<String, Object> extensions = new LinkedHashMap<>();

        static Written of(Map<String, String> attributes, Tenant tenant) {
            Written w = new Written();
            attributes.forEach((name, value) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                switch (lower) {
                    case "accountenabled" -> w.accountEnabled = value;
                    case "displayname" -> w.displayName = value;
                    case "givenname" -> w.givenName = value;
                    case "surname" -> w.surname = value;
                    case "password" -> w.password = value;
                    case "passwordpolicies" -> w.passwordPolicies = value;
                    case "strongauthenticationphonenumber" -> w.phone = value;
                    case "alternativesecurityid" -> {
                        AlternativeSecurityId id = ((ClaimValue.AlternativeSecurityIdValue) ClaimValue.parse(
                                DataType.ALTERNATIVE_SECURITY_ID, value)).value();
                        w.identities.add(new Identity(Identity.FEDERATED, id.issuer(), id.issuerUserId()));
                    }
                    default -> {
                        if (lower.startsWith(SIGN_IN_NAMES)) {
                            w.identities.add(new Identity(name.substring(SIGN_IN_NAMES.length()), tenant.domain(), value));
                        } else if (lower.startsWith("extension_")) {
                            w.extensions.put(name, value);
                        }
                    }
                }
            });
            return w;
        }
    }
}
