package io.trustframe.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;
import io.trustframe.verify.service.JdbcServiceStore;
import io.trustframe.verify.service.VerifyService;

@Migrations("db/migration/verify")
class DevelopmentAccountTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));

    @DatabaseTest
    void theFirstRunCreatesAnAccountWithAPsd2ServiceAndLaterRunsReadIt(TestDatabase db) {
        JdbcServiceStore services = new JdbcServiceStore(db.jdbc());
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));

        DevelopmentAccount first = DevelopmentAccount.loadOrCreate(db.jdbc(), transactions, services,
                new RandomSource(new Random(1)), clock);
        DevelopmentAccount again = DevelopmentAccount.loadOrCreate(db.jdbc(), transactions, services,
                new RandomSource(new Random(2)), clock);

        assertThat(again.accountSid()).isEqualTo(first.accountSid());
        assertThat(again.authToken()).isEqualTo(first.authToken()).hasSize(32);
        assertThat(again.psd2ServiceSid()).isEqualTo(first.psd2ServiceSid());
        VerifyService service = services.find(first.accountSid(), first.psd2ServiceSid()).orElseThrow();
        assertThat(service.psd2Enabled()).isTrue();
        assertThat(service.friendlyName()).isEqualTo(DevelopmentAccount.SERVICE_NAME);
        assertThat(first.toString()).doesNotContain(first.authToken());
    }

    @DatabaseTest
    void theDatabaseHoldsAtMostOneDevelopmentAccount(TestDatabase db) {
        DevelopmentAccount.loadOrCreate(db.jdbc(), new TransactionTemplate(new DataSourceTransactionManager(
                db.dataSource())), new JdbcServiceStore(db.jdbc()), new RandomSource(new Random(1)), clock);

        assertThatThrownBy(() -> db.jdbc().sql("INSERT INTO development_account (account_sid, auth_token, "
                        + "psd2_service_sid, date_created) VALUES ('AC1', 't', 'VA1', CURRENT_TIMESTAMP)").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
