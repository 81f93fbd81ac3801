package io.trustframe.identity.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import io.trustframe.identity.SqlTime;
import io.trustframe.identity.directory.DirectoryException.Reason;
import io.trustframe.identity.directory.PasswordCheck.Disabled;
import io.trustframe.identity.directory.PasswordCheck.LockedOut;
import io.trustframe.identity.directory.PasswordCheck.NoPassword;
import io.trustframe.identity.directory.PasswordCheck.NoSuchUser;
import io.trustframe.identity.directory.PasswordCheck.Verified;
import io.trustframe.identity.directory.PasswordCheck.WrongPassword;
import io.trustframe.identity.directory.SmartLockout.Counters;
import io.trustframe.identity.tenants.Tenant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class JdbcUserDirectory implements UserDirectory {

    private static final String USER_COLUMNS = """
            u.object_id, u.account_enabled, u.display_name, u.given_name, u.surname, u.strong_auth_phone,
            u.password_hash, u.password_policies, u.force_change_password, u.extension_attributes, u.created_at,
            u.failed_sign_ins, u.lockouts, u.locked_until, u.recent_wrong_passwords""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Passwords passwords;
    private final SmartLockout lockout;
    private final WrongPasswords wrongPasswords;
    private final Clock clock;

    public JdbcUserDirectory(JdbcClient jdbc, TransactionOperations transactions, Passwords passwords,
                             SmartLockout lockout, WrongPasswords wrongPasswords, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.lockout = lockout;
        this.wrongPasswords = wrongPasswords;
        this.clock = clock;
    }

    @Override
    public User create(Tenant tenant, NewUser user) {
        UserRules.checkNew(tenant, user);
        UUID objectId = UUID.randomUUID();
        String hash = user.password() == null ? null : passwords.hash(user.password());
        Instant now = clock.instant();
        inTransaction(() -> {
            jdbc.sql("""
                    INSERT INTO users (object_id, tenant_id, account_enabled, display_name, given_name, surname,
                                       strong_auth_phone, password_hash, password_policies, force_change_password,
                                       extension_attributes, failed_sign_ins, lockouts, locked_until, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, ?)""")
                    .params(objectId.toString(), tenant.id().toString(), user.accountEnabled(), user.displayName(),
                            user.givenName(), user.surname(), user.strongAuthenticationPhoneNumber(), hash,
                            user.passwordPolicies(), user.forceChangePasswordNextSignIn(),
                            JSON.writeValueAsString(user.extensionAttributes()), SqlTime.of(now))
                    .update();
            insertIdentities(tenant, objectId, user.identities());
        });
        return find(tenant, objectId).orElseThrow();
    }

    @Override
    public Optional<User> find(Tenant tenant, UUID objectId) {
        return stored(tenant, objectId).map(StoredUser::user);
    }

    @Override
    public Optional<User> findBySignInName(Tenant tenant, String signInType, String signInName) {
        return findWhere(tenant, "LOWER(i.sign_in_type) = ? AND i.lookup_issuer = ? AND i.lookup_id = ?",
                lower(signInType), lower(tenant.domain()), lower(signInName)).map(StoredUser::user);
    }

    @Override
    public Optional<User> findByIdentity(Tenant tenant, String issuer, String issuerAssignedId) {
        return findWhere(tenant, "i.lookup_issuer = ? AND i.lookup_id = ?", lower(issuer), lower(issuerAssignedId))
                .map(StoredUser::user);
    }

    @Override
    public List<User> list(Tenant tenant, int skip, int limit) {
        List<StoredUser> users = jdbc.sql("SELECT " + USER_COLUMNS
                        + " FROM users u WHERE u.tenant_id = ? ORDER BY u.created_at, u.object_id LIMIT ? OFFSET ?")
                .params(tenant.id().toString(), limit, skip)
                .query(this::row)
                .list();
        if (users.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Identity>> identities = new HashMap<>();
        jdbc.sql("SELECT object_id, sign_in_type, issuer, issuer_assigned_id FROM user_identities "
                        + "WHERE object_id IN (:ids) ORDER BY object_id, position")
                .param("ids", users.stream().map(user -> user.objectId().toString()).toList())
                .query((row, n) -> Map.entry(UUID.fromString(row.getString("object_id")), identity(row)))
                .list()
                .forEach(entry -> identities.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return users.stream()
                .map(user -> user.withIdentities(identities.getOrDefault(user.objectId(), List.of())).user())
                .toList();
    }

    @Override
    public User update(Tenant tenant, UUID objectId, UserChanges changes) {
        StoredUser stored = stored(tenant, objectId).orElseThrow(
                () -> new DirectoryException(Reason.USER_NOT_FOUND, "Resource '" + objectId + "' does not exist."));
        User current = stored.user();
        String displayName = changes.displayName().orElse(current.displayName());
        String givenName = changes.givenName().orElse(current.givenName());
        String surname = changes.surname().orElse(current.surname());
        String phone = changes.strongAuthenticationPhoneNumber().orElse(current.strongAuthenticationPhoneNumber());
        String policies = changes.passwordPolicies().orElse(current.passwordPolicies());
        List<Identity> identities = changes.identities().orElse(current.identities());
        Map<String, Object> extensions = new LinkedHashMap<>(current.extensionAttributes());
        changes.extensionAttributes().forEach((name, value) -> {
            if (value == null) {
                extensions.remove(name);
            } else {
                extensions.put(name, value);
            }
        });
        UserRules.checkDisplayName(displayName);
        UserRules.checkName("givenName", givenName);
        UserRules.checkName("surname", surname);
        UserRules.checkPhone(phone);
        UserRules.checkExtensions(changes.extensionAttributes());
        UserRules.checkIdentities(tenant, identities == null ? List.of() : identities);
        String newPassword = changes.password().orElse(null);
        if (newPassword != null) {
            Passwords.checkComplexity(newPassword, policies);
        }
        if (stored.passwordHash() == null && newPassword == null && identities.stream().anyMatch(Identity::isLocal)) {
            throw new DirectoryException(Reason.INVALID_VALUE, "Invalid value specified for property 'passwordProfile': "
                    + "a password is required for a user with a local sign-in name.");
        }
        String hash = newPassword == null ? stored.passwordHash() : passwords.hash(newPassword);
        Counters counters = newPassword == null ? stored.counters() : Counters.CLEAR;
        inTransaction(() -> {
            jdbc.sql("""
                    UPDATE users SET account_enabled = ?, display_name = ?, given_name = ?, surname = ?,
                                     strong_auth_phone = ?, password_hash = ?, password_policies = ?,
                                     force_change_password = ?, extension_attributes = ?,
                                     failed_sign_ins = ?, lockouts = ?, locked_until = ?, recent_wrong_passwords = ?
                    WHERE object_id = ? AND tenant_id = ?""")
                    .params(changes.accountEnabled().orElse(current.accountEnabled()), displayName, givenName, surname,
                            phone, hash, policies,
                            changes.forceChangePasswordNextSignIn().orElse(current.forceChangePasswordNextSignIn()),
                            JSON.writeValueAsString(extensions), counters.failedSignIns(), counters.lockouts(),
                            SqlTime.of(counters.lockedUntil()), recent(counters), objectId.toString(),
                            tenant.id().toString())
                    .update();
            if (changes.identities() instanceof Change.To<List<Identity>>) {
                jdbc.sql("DELETE FROM user_identities WHERE object_id = ?").param(objectId.toString()).update();
                insertIdentities(tenant, objectId, identities);
            }
        });
        return find(tenant, objectId).orElseThrow();
    }

    @Override
    public boolean delete(Tenant tenant, UUID objectId) {
        return jdbc.sql("DELETE FROM users WHERE object_id = ? AND tenant_id = ?")
                .params(objectId.toString(), tenant.id().toString())
                .update() > 0;
    }

    @Override
    public PasswordCheck checkPassword(Tenant tenant, String signInName, String password) {
        Optional<StoredUser> found = signInName == null ? Optional.empty() : findWhere(tenant,
                "LOWER(i.sign_in_type) <> 'federated' AND i.lookup_issuer = ? AND i.lookup_id = ?",
                lower(tenant.domain()), lower(signInName));
        if (found.isEmpty()) {
            passwords.spendTimeLikeAMatch(password == null ? "" : password);
            return new NoSuchUser();
        }
        StoredUser user = found.get();
        Instant now = clock.instant();
        if (user.counters().lockedAt(now)) {
            return new LockedOut(user.counters().lockedUntil());
        }
        if (user.passwordHash() == null) {
            return new NoPassword(user.user());
        }
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            Counters after = countFailure(user, wrongPasswords.fingerprint(password == null ? "" : password), now);
            return after.lockedAt(now) ? new LockedOut(after.lockedUntil()) : new WrongPassword();
        }
        if (!user.counters().equals(Counters.CLEAR)) {
            jdbc.sql("UPDATE users SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL, recent_wrong_passwords = NULL "
                            + "WHERE object_id = ?")
                    .param(user.objectId().toString())
                    .update();
        }
        return user.user().accountEnabled() ? new Verified(user.user()) : new Disabled(user.user());
    }

    /**
     * Adds one failure under a row lock: concurrent wrong passwords for one account, on any node sharing the
     * database, are counted one after the other and none is lost.
     */
    private Counters countFailure(StoredUser user, String wrongPassword, Instant now) {
        return transactions.execute(status -> {
            Optional<Counters> locked = jdbc.sql("SELECT failed_sign_ins, lockouts, locked_until, recent_wrong_passwords "
                            + "FROM users WHERE object_id = ? FOR UPDATE")
                    .param(user.objectId().toString())
                    .query((row, n) -> counters(row))
                    .optional();
            if (locked.isEmpty() || locked.get().lockedAt(now)) {
                return locked.orElse(Counters.CLEAR);
            }
            Counters after = lockout.afterFailure(locked.get(), wrongPassword, now);
            if (!after.equals(locked.get())) {
                jdbc.sql("""
                        UPDATE users SET failed_sign_ins = ?, lockouts = ?, locked_until = ?, recent_wrong_passwords = ?
                        WHERE object_id = ?""")
                        .params(after.failedSignIns(), after.lockouts(), SqlTime.of(after.lockedUntil()), recent(after),
                                user.objectId().toString())
                        .update();
            }
            return after;
        });
    }

    private Optional<StoredUser> stored(Tenant tenant, UUID objectId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM users u WHERE u.object_id = ? AND u.tenant_id = ?")
                .params(objectId.toString(), tenant.id().toString())
                .query(this::row)
                .optional()
                .map(this::withIdentities);
    }

    private Optional<StoredUser> findWhere(Tenant tenant, String condition, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = tenant.id().toString();
        System.arraycopy(params, 0, all, 1, params.length);
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM users u JOIN user_identities i ON i.object_id = u.object_id "
                        + "WHERE u.tenant_id = ? AND " + condition + " ORDER BY u.created_at LIMIT 1")
                .params(all)
                .query(this::row)
                .optional()
                .map(this::withIdentities);
    }

    private StoredUser withIdentities(StoredUser user) {
        return user.withIdentities(jdbc.sql("SELECT sign_in_type, issuer, issuer_assigned_id FROM user_identities "
                        + "WHERE object_id = ? ORDER BY position")
                .param(user.objectId().toString())
                .query((row, n) -> identity(row))
                .list());
    }

    private void insertIdentities(Tenant tenant, UUID objectId, List<Identity> identities) {
        int position = 0;
        for (Identity identity : identities) {
            jdbc.sql("""
                    INSERT INTO user_identities (object_id, tenant_id, position, sign_in_type, issuer,
                                                 issuer_assigned_id, lookup_issuer, lookup_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(objectId.toString(), tenant.id().toString(), position++, identity.signInType(),
                            identity.issuer(), identity.issuerAssignedId(), lower(identity.issuer()),
                            lower(identity.issuerAssignedId()))
                    .update();
        }
    }

    private void inTransaction(Runnable work) {
        try {
            transactions.executeWithoutResult(status -> work.run());
        } catch (DuplicateKeyException e) {
            throw new DirectoryException(Reason.IDENTITY_EXISTS,
                    "Another object with the same value for property identities already exists.");
        }
    }

    private StoredUser row(ResultSet row, int rowNumber) throws SQLException {
        User user = new User(
                UUID.fromString(row.getString("object_id")),
                row.getBoolean("account_enabled"),
                row.getString("display_name"),
                row.getString("given_name"),
                row.getString("surname"),
                List.of(),
                row.getString("password_hash") != null,
                row.getBoolean("force_change_password"),
                row.getString("password_policies"),
                row.getString("strong_auth_phone"),
                JSON.readValue(row.getString("extension_attributes"), ATTRIBUTES),
                SqlTime.read(row, "created_at"));
        return new StoredUser(user, row.getString("password_hash"), counters(row));
    }

    private static Counters counters(ResultSet row) throws SQLException {
        String recent = row.getString("recent_wrong_passwords");
        return new Counters(row.getInt("failed_sign_ins"), row.getInt("lockouts"), SqlTime.read(row, "locked_until"),
                recent == null || recent.isEmpty() ? List.of() : List.of(recent.split(",")));
    }

    private static String recent(Counters counters) {
        return counters.recentWrongPasswords().isEmpty() ? null : String.join(",", counters.recentWrongPasswords());
    }

    private static Identity identity(ResultSet row) throws SQLException {
        return new Identity(row.getString("sign_in_type"), row.getString("issuer"), row.getString("issuer_assigned_id"));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** A user as stored: with the hash and counters that never leave this class. */
    private record StoredUser(User user, String passwordHash, Counters counters) {

        UUID objectId() {
            return user.objectId();
        }

        StoredUser withIdentities(List<Identity> identities) {
            User u = user;
            return new StoredUser(new User(u.objectId(), u.accountEnabled(), u.displayName(), u.givenName(), u.surname(),
                    identities, u.hasPassword(), u.forceChangePasswordNextSignIn(), u.passwordPolicies(),
                    u.strongAuthenticationPhoneNumber(), u.extensionAttributes(), u.createdDateTime()), passwordHash, counters);
        }
    }
}
