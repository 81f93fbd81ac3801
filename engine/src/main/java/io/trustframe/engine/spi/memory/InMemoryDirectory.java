package io.trustframe.engine.spi.memory;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import io.trustframe.engine.spi.Directory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A directory in one JVM's memory, for running journeys without a database (tests, embedding, trying policies out):
 * users as attribute maps, passwords kept apart and only compared, and a lockout after a number of wrong passwords.
 * Not thread-safe, and gone with the JVM.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, Map<String, String>> users = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int lockoutThreshold;
    private final String tenant;

    /** @param tenant the domain of the userPrincipalName B2C gives new users ({@code cpim_<objectId>@<tenant>}) */
    public InMemoryDirectory(String tenant, int lockoutThreshold) {
        this.tenant = tenant;
        this.lockoutThreshold = lockoutThreshold;
    }

    /** How many users there are. */
    public int size() {
        return users.size();
    }

    @Override
    public Optional<DirectoryUser> byObjectId(String objectId) {
        return Optional.ofNullable(users.get(objectId)).map(a -> new DirectoryUser(objectId, a));
    }

    @Override
    public Optional<DirectoryUser> bySignInName(String type, String value) {
        return find("signInNames." + type, value);
    }

    @Override
    public Optional<DirectoryUser> byUserPrincipalName(String userPrincipalName) {
        return find("userPrincipalName", userPrincipalName);
    }

    @Override
    public Optional<DirectoryUser> byAlternativeSecurityId(String issuer, String subject) {
        // The attribute holds B2C's JSON form of the claim, as the AAD profile persists it.
        return users.entrySet().stream().filter(e -> {
            String stored = e.getValue().get("alternativeSecurityId");
            if (stored == null) {
                return false;
            }
            var id = ((ClaimValue.AlternativeSecurityIdValue) ClaimValue
                    .parse(DataType.ALTERNATIVE_SECURITY_ID, stored)).value();
            return id.issuer().equalsIgnoreCase(issuer) && id.issuerUserId().equals(subject);
        }).map(e -> new DirectoryUser(e.getKey(), e.getValue())).findFirst();
    }

    private Optional<DirectoryUser> find(String attribute, String value) {
        return users.entrySet().stream()
                .filter(e -> e.getValue().entrySet().stream().anyMatch(
                        a -> a.getKey().equalsIgnoreCase(attribute) && a.getValue().equalsIgnoreCase(value)))
                .map(e -> new DirectoryUser(e.getKey(), e.getValue()))
                .findFirst();
    }

    @Override
    public DirectoryUser write(String objectId, Map<String, String> attributes) {
        String id = objectId != null ? objectId : new UUID(0, ids.incrementAndGet()).toString();
        Map<String, String> stored = users.computeIfAbsent(id, k -> {
            Map<String, String> fresh = new LinkedHashMap<>();
            fresh.put("userPrincipalName", "cpim_" + k + "@" + tenant);
            fresh.put("accountEnabled", "true");
            return fresh;
        });
        attributes.forEach((name, value) -> {
            if (name.equalsIgnoreCase("password")) {
                passwords.put(id, value);
            } else {
                stored.put(name, value);
            }
        });
        return new DirectoryUser(id, stored);
    }

    @Override
    public void delete(String objectId) {
        users.remove(objectId);
        passwords.remove(objectId);
    }

    @Override
    public PasswordCheck checkPassword(String signInName, String password) {
        Optional<DirectoryUser> user = users.entrySet().stream()
                .filter(e -> e.getValue().entrySet().stream().anyMatch(a -> a.getKey().toLowerCase().startsWith("signinnames.")
                        && a.getValue().equalsIgnoreCase(signInName)))
                .map(e -> new DirectoryUser(e.getKey(), e.getValue())).findFirst();
        if (user.isEmpty()) {
            return new PasswordCheck.UnknownUser();
        }
        String id = user.get().objectId();
        if (failures.getOrDefault(id, 0) >= lockoutThreshold) {
            return new PasswordCheck.LockedOut();
        }
        if (!password.equals(passwords.get(id))) {
            failures.merge(id, 1, Integer::sum);
            return new PasswordCheck.WrongPassword();
        }
        failures.remove(id);
        return new PasswordCheck.Valid(user.get());
    }
}
