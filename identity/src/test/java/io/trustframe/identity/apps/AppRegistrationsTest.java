package io.trustframe.identity.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.identity.MutableClock;
import io.trustframe.identity.tenants.JdbcTenants;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/identity")
class AppRegistrationsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private AppRegistrations apps(TestDatabase db) {
        return new JdbcAppRegistrations(db.jdbc(), new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                clock, new SecureRandom());
    }

    private static NewApplication bank() {
        return new NewApplication("Contoso Bank", false, List.of(
                new RedirectUri(Platform.WEB, "http://localhost:8080/login/oauth2/code/b2c"),
                new RedirectUri(Platform.WEB, "https://bank.contoso.com/signin-oidc")));
    }

    @DatabaseTest
    void aConfidentialClientGetsItsSecretOnceAndOnlyItsDigestIsStored(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        AppRegistrations apps = apps(db);

        AppRegistrations.Created created = apps.create(contoso, bank());

        String secret = created.secret().orElseThrow().secretText();
        UUID clientId = created.application().appId();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.application().passwordCredentials()).singleElement()
                .satisfies(credential -> assertThat(credential.hint()).isEqualTo(secret.substring(0, 3)));
        assertThat(db.jdbc().sql("SELECT secret_sha256 FROM application_secrets").query(String.class).single())
                .doesNotContain(secret).hasSize(64);
        assertThat(apps.verifySecret(contoso, clientId, secret)).isTrue();
        assertThat(apps.verifySecret(contoso, clientId, secret + "x")).isFalse();
        assertThat(apps.verifySecret(contoso, clientId, "")).isFalse();
        assertThat(created.secret().orElseThrow().toString()).doesNotContain(secret);
    }

    @DatabaseTest
    void redirectUrisMatchExactly(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        Application bank = apps(db).create(contoso, bank()).application();

        assertThat(bank.allowsRedirectUri("https://bank.contoso.com/signin-oidc")).isTrue();
        assertThat(bank.allowsRedirectUri("https://bank.contoso.com/signin-oidc/")).isFalse();
        assertThat(bank.allowsRedirectUri("https://BANK.contoso.com/signin-oidc")).isFalse();
        assertThat(bank.allowsRedirectUri("https://bank.contoso.com/signin-oidc?x=1")).isFalse();
    }

    @DatabaseTest
    void unsafeRedirectUrisAreRefused(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        AppRegistrations apps = apps(db);

        for (String uri : List.of("http://bank.contoso.com/cb", "https://bank.contoso.com/cb#frag", "/relative", "not a uri")) {
            assertThatThrownBy(() -> apps.create(contoso, new NewApplication("x", false, List.of(new RedirectUri(Platform.WEB, uri)))))
                    .as(uri)
                    .isInstanceOfSatisfying(AppRegistrationException.class,
                            e -> assertThat(e.reason()).isEqualTo(AppRegistrationException.Reason.INVALID_VALUE));
        }
        assertThat(apps.create(contoso, new NewApplication("app", true,
                List.of(new RedirectUri(Platform.PUBLIC_CLIENT, "com.contoso.bank://auth")))).secret()).isEmpty();
        assertThat(apps.list(contoso)).hasSize(1);
    }

    @DatabaseTest
    void secretsRotateAndExpire(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        AppRegistrations apps = apps(db);
        AppRegistrations.Created created = apps.create(contoso, bank());
        UUID clientId = created.application().appId();
        NewSecret first = created.secret().orElseThrow();

        NewSecret second = apps.addSecret(contoso, created.application().id(), "rotation 2026", clock.instant().plus(Duration.ofDays(30)));
        apps.removeSecret(contoso, clientId, first.credential().keyId());

        assertThat(apps.verifySecret(contoso, clientId, first.secretText())).isFalse();
        assertThat(apps.verifySecret(contoso, clientId, second.secretText())).isTrue();
        clock.advance(Duration.ofDays(30));
        assertThat(apps.verifySecret(contoso, clientId, second.secretText())).isFalse();
        assertThatThrownBy(() -> apps.removeSecret(contoso, clientId, first.credential().keyId()))
                .isInstanceOfSatisfying(AppRegistrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppRegistrationException.Reason.SECRET_NOT_FOUND));
    }

    @DatabaseTest
    void appsBelongToTheirTenant(TestDatabase db) {
        JdbcTenants tenants = new JdbcTenants(db.jdbc(), clock);
        Tenant contoso = tenants.create("contoso");
        Tenant fabrikam = tenants.create("fabrikam");
        AppRegistrations apps = apps(db);
        AppRegistrations.Created created = apps.create(contoso, bank());
        UUID clientId = created.application().appId();

        assertThat(apps.find(fabrikam, clientId)).isEmpty();
        assertThat(apps.verifySecret(fabrikam, clientId, created.secret().orElseThrow().secretText())).isFalse();
        assertThat(apps.delete(fabrikam, clientId)).isFalse();
        assertThat(apps.find(contoso, clientId)).contains(created.application());
        assertThat(apps.delete(contoso, clientId)).isTrue();
        assertThat(apps.list(contoso)).isEmpty();
    }
}
