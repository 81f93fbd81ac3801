package io.trustframe.verify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;
import io.trustframe.verify.Form;

@Migrations("db/migration/verify")
class JdbcServiceStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final String ACCOUNT = "AC00000000000000000000000000000001";

    @DatabaseTest
    void aServiceKeepsEverySettingIncludingTheEchoedOnes(TestDatabase db) {
        JdbcServiceStore store = new JdbcServiceStore(db.jdbc());
        VerifyService created = VerifyService.create("VA00000000000000000000000000000001", ACCOUNT, Form.of(Map.of(
                "FriendlyName", "Contoso", "CodeLength", "8", "Psd2Enabled", "true", "Totp.Issuer", "Contoso & Co",
                "Passkeys.RelyingParty.Origins", "https://a.example,https://b.example")), NOW);
        store.insert(created);

        assertThat(store.find(ACCOUNT, created.sid())).hasValue(created);
        assertThat(store.find("AC00000000000000000000000000000002", created.sid())).isEmpty();
    }

    @DatabaseTest
    void anUpdateChangesOnlyWhatWasSent(TestDatabase db) {
        JdbcServiceStore store = new JdbcServiceStore(db.jdbc());
        VerifyService created = VerifyService.create("VA00000000000000000000000000000001", ACCOUNT,
                Form.of(Map.of("FriendlyName", "Contoso", "Psd2Enabled", "true")), NOW);
        store.insert(created);

        store.update(created.updatedWith(Form.of(Map.of("CodeLength", "4")), NOW.plusSeconds(60)));

        VerifyService found = store.find(ACCOUNT, created.sid()).orElseThrow();
        assertThat(found.codeLength()).isEqualTo(4);
        assertThat(found.psd2Enabled()).isTrue();
        assertThat(found.friendlyName()).isEqualTo("Contoso");
        assertThat(found.dateUpdated()).isEqualTo(NOW.plusSeconds(60));
        assertThat(found.dateCreated()).isEqualTo(NOW);
    }

    @DatabaseTest
    void servicesAreListedNewestFirstPerAccount(TestDatabase db) {
        JdbcServiceStore store = new JdbcServiceStore(db.jdbc());
        store.insert(VerifyService.create("VA00000000000000000000000000000001", ACCOUNT,
                Form.of(Map.of("FriendlyName", "old")), NOW));
        store.insert(VerifyService.create("VA00000000000000000000000000000002", ACCOUNT,
                Form.of(Map.of("FriendlyName", "new")), NOW.plusSeconds(1)));

        assertThat(store.list(ACCOUNT, 0, 10)).extracting(VerifyService::friendlyName).containsExactly("new", "old");
        assertThat(store.list(ACCOUNT, 1, 10)).extracting(VerifyService::friendlyName).containsExactly("old");
    }
}
