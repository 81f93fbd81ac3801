package io.trustframe.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.identity.MutableClock;
import io.trustframe.identity.directory.PasswordCheck.LockedOut;
import io.trustframe.identity.directory.PasswordCheck.NoSuchUser;
import io.trustframe.identity.directory.PasswordCheck.Verified;
import io.trustframe.identity.directory.PasswordCheck.WrongPassword;
import io.trustframe.identity.tenants.JdbcTenants;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/identity")
class UserDirectoryTest {

    private static final String PASSWORD = "Correct-Horse-9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private UserDirectory directory(TestDatabase db) {
        return new JdbcUserDirectory(db.jdbc(), new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                new Passwords(), new SmartLockout(3, Duration.ofSeconds(60), Duration.ofHours(1)),
                new WrongPasswords(new byte[32]), clock);
    }

    private static NewUser alice(Tenant tenant) {
        return new NewUser(true, "Alice Example", "Alice", "Example",
                List.of(new Identity("emailAddress", tenant.domain(), "Alice@Example.com"),
                        new Identity("federated", "facebook.com", "5eecb0cd")),
                PASSWORD, false, null, "+44 7700900123", Map.of("extension_loyaltyNumber", "A-17"));
    }

    @DatabaseTest
    void aCreatedUserIsFoundByIdSignInNameInAnyCaseAndFederatedIdentity(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);

        User alice = directory.create(contoso, alice(contoso));

        assertThat(directory.find(contoso, alice.objectId())).contains(alice);
        assertThat(directory.findBySignInName(contoso, "emailAddress", "alice@EXAMPLE.com")).contains(alice);
        assertThat(directory.findByIdentity(contoso, "facebook.com", "5eecb0cd")).contains(alice);
        assertThat(alice.identities()).hasSize(2);
        assertThat(alice.strongAuthenticationPhoneNumber()).isEqualTo("+44 7700900123");
        assertThat(alice.extensionAttributes()).containsEntry("extension_loyaltyNumber", "A-17");
        assertThat(alice.hasPassword()).isTrue();
    }

    @DatabaseTest
    void usersOfOneTenantAreInvisibleToAnother(TestDatabase db) {
        JdbcTenants tenants = new JdbcTenants(db.jdbc(), clock);
        Tenant contoso = tenants.create("contoso");
        Tenant fabrikam = tenants.create("fabrikam");
        UserDirectory directory = directory(db);
        User alice = directory.create(contoso, alice(contoso));

        assertThat(directory.find(fabrikam, alice.objectId())).isEmpty();
        assertThat(directory.findByIdentity(fabrikam, "facebook.com", "5eecb0cd")).isEmpty();
        assertThat(directory.list(fabrikam, 0, 10)).isEmpty();
        assertThat(directory.delete(fabrikam, alice.objectId())).isFalse();
        assertThat(directory.list(contoso, 0, 10)).containsExactly(alice);
    }

    @DatabaseTest
    void usersAreListedInPagesInCreationOrder(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        List<User> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            created.add(directory.create(contoso, new NewUser(true, "User " + i, null, null,
                    List.of(new Identity("userName", contoso.domain(), "user" + i)), PASSWORD, false, null, null, Map.of())));
        }

        assertThat(directory.list(contoso, 0, 2)).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(directory.list(contoso, 2, 2)).containsExactlyElementsOf(created.subList(2, 4));
        assertThat(directory.list(contoso, 4, 2)).containsExactlyElementsOf(created.subList(4, 5));
    }

    @DatabaseTest
    void theSameSignInNameCannotBelongToTwoUsersAndNothingIsHalfStored(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        directory.create(contoso, alice(contoso));
        NewUser copycat = new NewUser(true, "Copycat", null, null,
                List.of(new Identity("userName", contoso.domain(), "copycat"),
                        new Identity("emailAddress", contoso.domain(), "ALICE@example.com")),
                PASSWORD, false, null, null, Map.of());

        assertThatThrownBy(() -> directory.create(contoso, copycat))
                .isInstanceOfSatisfying(DirectoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DirectoryException.Reason.IDENTITY_EXISTS));
        assertThat(directory.list(contoso, 0, 10)).hasSize(1);
        assertThat(directory.findBySignInName(contoso, "userName", "copycat")).isEmpty();
    }

    @DatabaseTest
    void anUpdateCannotTakeAnotherUsersSignInNameAndLeavesTheUserAsItWas(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        directory.create(contoso, alice(contoso));
        User bob = directory.create(contoso, new NewUser(true, "Bob", null, null,
                List.of(new Identity("emailAddress", contoso.domain(), "bob@example.com")), PASSWORD, false, null, null, Map.of()));

        assertThatThrownBy(() -> directory.update(contoso, bob.objectId(), new UserChanges(Change.keep(), Change.to("Bobby"),
                Change.keep(), Change.keep(), Change.to(List.of(new Identity("emailAddress", contoso.domain(), "alice@example.com"))),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Map.of())))
                .isInstanceOfSatisfying(DirectoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DirectoryException.Reason.IDENTITY_EXISTS));
        assertThat(directory.find(contoso, bob.objectId())).contains(bob);
    }

    @DatabaseTest
    void aFederatedOnlyUserNeedsAPasswordToGetALocalSignInName(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        User federated = directory.create(contoso, new NewUser(true, "Fed", null, null,
                List.of(new Identity("federated", "facebook.com", "123")), null, false, null, null, Map.of()));
        Change<List<Identity>> local = Change.to(List.of(new Identity("emailAddress", contoso.domain(), "fed@example.com")));

        assertThatThrownBy(() -> directory.update(contoso, federated.objectId(), new UserChanges(Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), local, Change.keep(), Change.keep(), Change.keep(), Change.keep(), Map.of())))
                .hasMessageContaining("passwordProfile");
        User withPassword = directory.update(contoso, federated.objectId(), new UserChanges(Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), local, Change.to(PASSWORD), Change.keep(), Change.keep(), Change.keep(), Map.of()));
        assertThat(withPassword.hasPassword()).isTrue();
        assertThat(directory.checkPassword(contoso, "fed@example.com", PASSWORD)).isInstanceOf(Verified.class);
    }

    @DatabaseTest
    void passwordsAreStoredAsArgon2idHashes(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        directory(db).create(contoso, alice(contoso));

        String stored = db.jdbc().sql("SELECT password_hash FROM users").query(String.class).single();

        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @DatabaseTest
    void weakPasswordsAndBadValuesAreRefused(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        Identity email = new Identity("emailAddress", contoso.domain(), "bob@example.com");

        assertThatThrownBy(() -> directory.create(contoso, new NewUser(true, "Bob", null, null, List.of(email),
                "password", false, null, null, Map.of())))
                .isInstanceOfSatisfying(DirectoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DirectoryException.Reason.PASSWORD_TOO_WEAK));
        assertThatThrownBy(() -> directory.create(contoso, new NewUser(true, "Bob", null, null,
                List.of(new Identity("emailAddress", "other.onmicrosoft.com", "bob@example.com")),
                PASSWORD, false, null, null, Map.of())))
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> directory.create(contoso, new NewUser(true, "Bob", null, null, List.of(email),
                PASSWORD, false, null, "0044 123", Map.of())))
                .hasMessageContaining("strongAuthenticationPhoneNumber");
        assertThatThrownBy(() -> directory.create(contoso, new NewUser(true, "Bob", null, null, List.of(email),
                null, false, null, null, Map.of())))
                .hasMessageContaining("passwordProfile");
        assertThat(directory.list(contoso, 0, 10)).isEmpty();
    }

    @DatabaseTest
    void theRightPasswordSignsInAndAWrongOneDoesNot(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        User alice = directory.create(contoso, alice(contoso));

        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isEqualTo(new Verified(alice));
        assertThat(directory.checkPassword(contoso, "alice@example.com", "Wrong-Horse-9")).isInstanceOf(WrongPassword.class);
        assertThat(directory.checkPassword(contoso, "nobody@example.com", PASSWORD)).isInstanceOf(NoSuchUser.class);
        assertThat(directory.checkPassword(contoso, "5eecb0cd", PASSWORD))
                .as("a federated identity is not a local sign-in name").isInstanceOf(NoSuchUser.class);
    }

    @DatabaseTest
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordUntilTheLockoutEnds(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        directory.create(contoso, alice(contoso));

        assertThat(directory.checkPassword(contoso, "alice@example.com", "guess-1")).isInstanceOf(WrongPassword.class);
        assertThat(directory.checkPassword(contoso, "alice@example.com", "guess-2")).isInstanceOf(WrongPassword.class);
        PasswordCheck third = directory.checkPassword(contoso, "alice@example.com", "guess-3");

        assertThat(third).isEqualTo(new LockedOut(clock.instant().plusSeconds(60)));
        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(LockedOut.class);
        clock.advance(Duration.ofSeconds(59));
        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(LockedOut.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(Verified.class);
    }

    @DatabaseTest
    void eachFurtherLockoutLastsLongerUntilASuccessfulSignIn(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        directory.create(contoso, alice(contoso));

        for (int i = 0; i < 3; i++) {
            directory.checkPassword(contoso, "alice@example.com", "guess-" + i);
        }
        clock.advance(Duration.ofSeconds(60));
        PasswordCheck second = null;
        for (int i = 3; i < 6; i++) {
            second = directory.checkPassword(contoso, "alice@example.com", "guess-" + i);
        }

        assertThat(second).isEqualTo(new LockedOut(clock.instant().plusSeconds(120)));
        clock.advance(Duration.ofSeconds(120));
        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(Verified.class);
        for (int i = 6; i < 9; i++) {
            second = directory.checkPassword(contoso, "alice@example.com", "guess-" + i);
        }
        assertThat(second).as("a successful sign-in starts over at the first lockout's length")
                .isEqualTo(new LockedOut(clock.instant().plusSeconds(60)));
    }

    @DatabaseTest
    void theSameWrongPasswordTypedAgainIsNotCountedAgainAndNotStoredInClear(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        directory.create(contoso, alice(contoso));

        for (int i = 0; i < 10; i++) {
            assertThat(directory.checkPassword(contoso, "alice@example.com", "Old-Saved-Password1")).isInstanceOf(WrongPassword.class);
        }
        assertThat(directory.checkPassword(contoso, "alice@example.com", "another-1")).isInstanceOf(WrongPassword.class);
        assertThat(directory.checkPassword(contoso, "alice@example.com", "another-2")).isInstanceOf(LockedOut.class);
        assertThat(db.jdbc().sql("SELECT recent_wrong_passwords FROM users").query(String.class).single())
                .doesNotContain("Old-Saved-Password1").doesNotContain("another");
    }

    @DatabaseTest
    void concurrentWrongPasswordsAreAllCounted(TestDatabase db) throws Exception {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = new JdbcUserDirectory(db.jdbc(),
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())), new Passwords(),
                new SmartLockout(100, Duration.ofSeconds(60), Duration.ofHours(1)), new WrongPasswords(new byte[32]), clock);
        directory.create(contoso, alice(contoso));
        int attempts = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            List<java.util.concurrent.Future<PasswordCheck>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String guess = "concurrent-guess-" + i;
                checks.add(pool.submit(() -> directory.checkPassword(contoso, "alice@example.com", guess)));
            }
            for (java.util.concurrent.Future<PasswordCheck> check : checks) {
                assertThat(check.get()).isInstanceOf(WrongPassword.class);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(db.jdbc().sql("SELECT failed_sign_ins FROM users").query(Integer.class).single()).isEqualTo(attempts);
    }

    @DatabaseTest
    void aDisabledAccountIsReportedOnlyToTheRightPassword(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        User alice = directory.create(contoso, alice(contoso));
        directory.update(contoso, alice.objectId(), new UserChanges(Change.to(false), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Map.of()));

        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(PasswordCheck.Disabled.class);
        assertThat(directory.checkPassword(contoso, "alice@example.com", "nope")).isInstanceOf(WrongPassword.class);
    }

    @DatabaseTest
    void anUpdateChangesOnlyWhatItNamesAndANewPasswordReplacesTheOld(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        UserDirectory directory = directory(db);
        User alice = directory.create(contoso, alice(contoso));
        java.util.HashMap<String, Object> extensions = new java.util.HashMap<>();
        extensions.put("extension_loyaltyNumber", null);
        extensions.put("extension_tier", 3);

        User updated = directory.update(contoso, alice.objectId(), new UserChanges(Change.keep(), Change.to("Alice E."),
                Change.keep(), Change.to(null), Change.keep(), Change.to("New-Password-42"), Change.keep(), Change.keep(),
                Change.to("+14255550123"), extensions));

        assertThat(updated.displayName()).isEqualTo("Alice E.");
        assertThat(updated.givenName()).isEqualTo("Alice");
        assertThat(updated.surname()).isNull();
        assertThat(updated.strongAuthenticationPhoneNumber()).isEqualTo("+14255550123");
        assertThat(updated.extensionAttributes()).isEqualTo(Map.of("extension_tier", 3));
        assertThat(updated.identities()).isEqualTo(alice.identities());
        assertThat(directory.checkPassword(contoso, "alice@example.com", PASSWORD)).isInstanceOf(WrongPassword.class);
        assertThat(directory.checkPassword(contoso, "alice@example.com", "New-Password-42")).isInstanceOf(Verified.class);
    }
}
