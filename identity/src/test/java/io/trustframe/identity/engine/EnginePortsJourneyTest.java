package io.trustframe.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.engine.journey.JourneyEngine;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.journey.JourneyStateJson;
import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.spi.JdkHttpCaller;
import io.trustframe.engine.spi.Ports;
import io.trustframe.identity.directory.JdbcUserDirectory;
import io.trustframe.identity.directory.Passwords;
import io.trustframe.identity.directory.SmartLockout;
import io.trustframe.identity.directory.User;
import io.trustframe.identity.directory.UserDirectory;
import io.trustframe.identity.directory.WrongPasswords;
import io.trustframe.identity.keys.JdbcPolicyKeyStore;
import io.trustframe.identity.keys.MasterKey;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.keys.SecretEnvelope;
import io.trustframe.identity.tenants.JdbcTenants;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.MutableClock;
import io.trustframe.testing.TestDatabase;

/**
 * The starter pack's LocalAccounts policies, unchanged, run by the engine on the identity service's own stores:
 * users land in the directory, the email code in the outbox, codes and SSO sessions in the database. Every pause
 * goes through the journey state's JSON, as the OIDC endpoints will store it.
 */
@Migrations("db/migration/identity")
class EnginePortsJourneyTest {

    private static final String PASSWORD = "Passw0rd!x";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SecureRandom random = new SecureRandom();

    private final class World {
        final Tenant tenant;
        final UserDirectory directory;
        final MailOutbox outbox;
        final JourneyEngine engine;
        final RelyingPartyPolicy signUpSignIn;

        World(TestDatabase db) {
            tenant = new JdbcTenants(db.jdbc(), clock).create("contoso");
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
            directory = new JdbcUserDirectory(db.jdbc(), transactions, new Passwords(),
                    new SmartLockout(3, Duration.ofSeconds(60), Duration.ofHours(1)), new WrongPasswords(new byte[32]),
                    clock);
            SecretEnvelope envelope = new SecretEnvelope(MasterKey.fromBase64(
                    java.util.Base64.getEncoder().encodeToString(new byte[32])), random);
            PolicyKeys keys = new PolicyKeys(new JdbcPolicyKeyStore(db.jdbc(), transactions, clock), envelope, clock, random);
            outbox = new MailOutbox(db.jdbc(), clock);
            engine = new JourneyEngine(new Ports(new DirectoryPort(directory, tenant), new JdkHttpCaller(),
                    new PolicyKeysPort(keys, tenant), new JdbcOtpStore(db.jdbc(), envelope, tenant),
                    new JdbcSsoSessions(db.jdbc(), tenant, clock), outbox.sink(tenant), clock, () -> random));
            signUpSignIn = PolicyLoader.load(CorpusFiles.sources("starterpack/LocalAccounts"))
                    .relyingParty("B2C_1A_signup_signin");
        }

        Outcome resume(Outcome last, Submission submission) {
            return engine.resume(signUpSignIn, JourneyStateJson.read(JourneyStateJson.write(state(last))), submission);
        }

        Outcome.Complete signUp(String email) {
            Outcome o = engine.start(signUpSignIn, request(null));
            o = resume(o, new Submission.ChooseClaimsExchange("SignUpWithLogonEmailExchange"));
            o = resume(o, new Submission.ControlAction("Verified.email", "SendCode", Map.of("email", email)));
            String code = outbox.to(tenant, email).get(0).code();
            o = resume(o, new Submission.ControlAction("Verified.email", "VerifyCode",
                    Map.of("email", email, "verificationCode", code)));
            o = resume(o, new Submission.Form(Map.of("email", email, "newPassword", PASSWORD,
                    "reenterPassword", PASSWORD, "displayName", "Ada Lovelace", "givenName", "Ada",
                    "surname", "Lovelace")));
            assertThat(o).isInstanceOf(Outcome.Complete.class);
            return (Outcome.Complete) o;
        }

        Outcome signIn(String email, String password, String ssoSession) {
            Outcome o = engine.start(signUpSignIn, request(ssoSession));
            if (o instanceof Outcome.Complete) {
                return o;
            }
            return resume(o, new Submission.Form(Map.of("signInName", email, "password", password)));
        }
    }

    private static JourneyRequest request(String ssoSession) {
        return JourneyRequest.of("contoso.onmicrosoft.com", "app-1", "https://app.example/cb")
                .withSsoSession(ssoSession);
    }

    private static io.trustframe.engine.journey.JourneyState state(Outcome outcome) {
        if (outcome instanceof Outcome.ShowPage page) {
            return page.state();
        }
        if (outcome instanceof Outcome.Redirect redirect) {
            return redirect.state();
        }
        if (outcome instanceof Outcome.Complete complete) {
            return complete.state();
        }
        return ((Outcome.Fail) outcome).state();
    }

    @DatabaseTest
    void signUpWritesTheUserIntoTheDirectoryWithTheMailedCodeFromTheOutbox(TestDatabase db) {
        World world = new World(db);

        Outcome.Complete complete = world.signUp("ada@example.com");

        User ada = world.directory.findBySignInName(world.tenant, "emailAddress", "ADA@example.com").orElseThrow();
        assertThat(complete.subject()).isEqualTo(ada.objectId().toString());
        assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
        assertThat(ada.givenName()).isEqualTo("Ada");
        assertThat(ada.hasPassword()).isTrue();
        assertThat(complete.claims()).containsEntry("email", "ada@example.com").containsEntry("name", "Ada Lovelace");
        assertThat(db.jdbc().sql("SELECT sealed_code FROM journey_otps").query(String.class).list())
                .noneMatch(sealed -> sealed.contains(world.outbox.to(world.tenant, "ada@example.com").get(0).code()));
    }

    @DatabaseTest
    void signInChecksThePasswordAgainstTheDirectoryAndItsLockout(TestDatabase db) {
        World world = new World(db);
        String objectId = world.signUp("ada@example.com").subject();

        Outcome wrong = world.signIn("ada@example.com", "Wrong-Passw0rd", null);
        assertThat(wrong).isInstanceOf(Outcome.ShowPage.class);
        assertThat(((Outcome.ShowPage) wrong).page().errors()).isNotEmpty();

        Outcome right = world.signIn("ada@example.com", PASSWORD, null);
        assertThat(right).isInstanceOf(Outcome.Complete.class);
        assertThat(((Outcome.Complete) right).subject()).isEqualTo(objectId);

        world.signIn("ada@example.com", "Wrong-1-Passw0rd", null);
        world.signIn("ada@example.com", "Wrong-2-Passw0rd", null);
        world.signIn("ada@example.com", "Wrong-3-Passw0rd", null);
        Outcome locked = world.signIn("ada@example.com", PASSWORD, null);
        assertThat(locked).isInstanceOf(Outcome.ShowPage.class);
    }

    @DatabaseTest
    void aSignedInSessionIsKeptInTheDatabaseAndSkipsThePasswordNextTime(TestDatabase db) {
        World world = new World(db);
        Outcome.Complete signedUp = world.signUp("ada@example.com");
        String session = signedUp.sso().sessionId();
        assertThat(session).isNotBlank();

        Outcome again = world.signIn("ada@example.com", "ignored", session);

        assertThat(again).isInstanceOf(Outcome.Complete.class);
        assertThat(((Outcome.Complete) again).subject()).isEqualTo(signedUp.subject());
        clock.advance(Duration.ofDays(2));
        assertThat(world.signIn("ada@example.com", "Wrong-Passw0rd", session)).isInstanceOf(Outcome.ShowPage.class);
    }
}
