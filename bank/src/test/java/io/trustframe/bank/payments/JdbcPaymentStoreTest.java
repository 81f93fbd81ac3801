package io.trustframe.bank.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/bank")
class JdbcPaymentStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(15));
    private static final String ALICE = "alice-object-id";
    private static final String BOB = "bob-object-id";
    private static final AuthorizedTerms TERMS = new AuthorizedTerms("EUR 50.00", "John Doe", "DE89370400440532013000");

    private static JdbcPaymentStore store(TestDatabase db) {
        return new JdbcPaymentStore(db.jdbc(), new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                new SecureRandom(), Money.of("2500.00", "EUR"));
    }

    private static NewPayment fiftyEurosToJohn(String customer) {
        return new NewPayment(customer, "John Doe", new PayeeAccount("DE89370400440532013000"),
                Money.of("50.00", "EUR"), "Invoice 42");
    }

    @DatabaseTest
    void opensAnAccountOnceWithTheOpeningBalanceAndAValidIban(TestDatabase db) {
        JdbcPaymentStore store = store(db);

        Account first = store.openAccount(ALICE, NOW);
        Account again = store.openAccount(ALICE, NOW.plusSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(first.balance()).isEqualTo(Money.of("2500.00", "EUR"));
        assertThat(Iban.parse(first.iban().value())).isInstanceOf(Iban.Parsed.Valid.class);
        assertThat(first.openedAt()).isEqualTo(NOW);
    }

    @DatabaseTest
    void keepsAPendingPaymentExactlyAsEnteredAndListsItNewestFirst(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment older = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        Payment newer = store.create(new NewPayment(ALICE, "Jane Roe", new PayeeAccount("12345678"),
                Money.of("0.01", "EUR"), ""), NOW.plusSeconds(1), EXPIRY);

        Payment found = store.find(older.id()).orElseThrow();

        assertThat(found.state()).isEqualTo(PaymentState.PENDING);
        assertThat(found.amount()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(found.payee()).isEqualTo("John Doe");
        assertThat(found.account().value()).isEqualTo("DE89370400440532013000");
        assertThat(found.reference()).isEqualTo("Invoice 42");
        assertThat(found.expiresAt()).isEqualTo(EXPIRY);
        assertThat(found.steppedUpAt()).isEmpty();
        assertThat(found.authorized()).isEmpty();
        assertThat(older.id()).hasSize(32).isNotEqualTo(newer.id());
        assertThat(store.history(ALICE, 10)).extracting(Payment::id).containsExactly(newer.id(), older.id());
        assertThat(store.history(BOB, 10)).isEmpty();
    }

    @DatabaseTest
    void executesASteppedUpPaymentAndDebitsTheAccountOnce(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        assertThat(store.recordStepUp(payment.id(), "token-1", TERMS, NOW)).isTrue();

        Payment steppedUp = store.find(payment.id()).orElseThrow();
        assertThat(steppedUp.steppedUpAt()).contains(NOW);
        assertThat(steppedUp.authorized()).contains(TERMS);

        Execution first = store.execute(payment.id(), ALICE, NOW.plusSeconds(5));
        Execution second = store.execute(payment.id(), ALICE, NOW.plusSeconds(6));

        assertThat(first).isInstanceOf(Execution.Executed.class);
        assertThat(((Execution.Executed) first).payment().state()).isEqualTo(PaymentState.EXECUTED);
        assertThat(second).isInstanceOf(Execution.AlreadyExecuted.class);
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2450.00", "EUR"));
    }

    @DatabaseTest
    void aDoubleSubmitNeverPaysTwiceEvenWhenBothArriveAtOnce(TestDatabase db) throws Exception {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        store.recordStepUp(payment.id(), "token-1", TERMS, NOW);
        int submits = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(submits);
        try {
            List<Future<Execution>> results = new ArrayList<>();
            for (int i = 0; i < submits; i++) {
                Callable<Execution> submit = () -> {
                    start.await();
                    return store.execute(payment.id(), ALICE, NOW.plusSeconds(5));
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<Execution> executions = new ArrayList<>();
            for (Future<Execution> result : results) {
                executions.add(result.get());
            }

            assertThat(executions).filteredOn(Execution.Executed.class::isInstance).hasSize(1);
            assertThat(executions).filteredOn(Execution.AlreadyExecuted.class::isInstance).hasSize(submits - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2450.00", "EUR"));
    }

    @DatabaseTest
    void doesNotPayWithoutAStepUp(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);

        assertThat(store.execute(payment.id(), ALICE, NOW.plusSeconds(5)))
                .isEqualTo(new Execution.NotExecuted(Execution.Reason.NOT_STEPPED_UP));
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @DatabaseTest
    void doesNotPayAnotherCustomersPayment(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        store.openAccount(BOB, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        store.recordStepUp(payment.id(), "token-1", TERMS, NOW);

        assertThat(store.execute(payment.id(), BOB, NOW.plusSeconds(5)))
                .isEqualTo(new Execution.NotExecuted(Execution.Reason.UNKNOWN_PAYMENT));
        assertThat(store.find(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @DatabaseTest
    void doesNotPayAnExpiredPayment(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        store.recordStepUp(payment.id(), "token-1", TERMS, NOW);

        assertThat(store.execute(payment.id(), ALICE, EXPIRY))
                .isEqualTo(new Execution.NotExecuted(Execution.Reason.EXPIRED));
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @DatabaseTest
    void refusesAPaymentTheBalanceDoesNotCover(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(new NewPayment(ALICE, "John Doe", new PayeeAccount("12345678"),
                Money.of("2500.01", "EUR"), ""), NOW, EXPIRY);
        store.recordStepUp(payment.id(), "token-1", TERMS, NOW);

        assertThat(store.execute(payment.id(), ALICE, NOW.plusSeconds(5)))
                .isEqualTo(new Execution.NotExecuted(Execution.Reason.INSUFFICIENT_FUNDS));
        Payment refused = store.find(payment.id()).orElseThrow();
        assertThat(refused.state()).isEqualTo(PaymentState.REFUSED);
        assertThat(refused.refusal()).contains("INSUFFICIENT_FUNDS");
        assertThat(store.account(ALICE).orElseThrow().balance()).isEqualTo(Money.of("2500.00", "EUR"));
    }

    @DatabaseTest
    void aStepUpTokenAuthorisesOnePaymentOnly(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment first = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);
        Payment second = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);

        assertThat(store.recordStepUp(first.id(), "token-1", TERMS, NOW)).isTrue();
        assertThat(store.recordStepUp(second.id(), "token-1", TERMS, NOW)).isFalse();

        assertThat(store.isStepUpTokenUsed("token-1")).isTrue();
        assertThat(store.isStepUpTokenUsed("token-2")).isFalse();
        assertThat(store.find(second.id()).orElseThrow().steppedUpAt()).isEmpty();
    }

    @DatabaseTest
    void aRefusedPaymentStaysRefused(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment payment = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);

        assertThat(store.close(payment.id(), PaymentState.REFUSED, "PAYMENT_MISMATCH", NOW)).isTrue();
        assertThat(store.close(payment.id(), PaymentState.EXPIRED, "PAYMENT_EXPIRED", NOW)).isFalse();
        assertThat(store.recordStepUp(payment.id(), "token-1", TERMS, NOW)).isFalse();

        Payment refused = store.find(payment.id()).orElseThrow();
        assertThat(refused.state()).isEqualTo(PaymentState.REFUSED);
        assertThat(refused.refusal()).contains("PAYMENT_MISMATCH");
        assertThat(refused.closedAt()).contains(NOW);
    }

    @DatabaseTest
    void pendingPaymentsPastTheirLifetimeShowAsExpired(TestDatabase db) {
        JdbcPaymentStore store = store(db);
        store.openAccount(ALICE, NOW);
        Payment overdue = store.create(fiftyEurosToJohn(ALICE), NOW, NOW.plusSeconds(60));
        Payment current = store.create(fiftyEurosToJohn(ALICE), NOW, EXPIRY);

        assertThat(store.expireOverdue(ALICE, NOW.plusSeconds(60))).isEqualTo(1);

        assertThat(store.find(overdue.id()).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(store.find(current.id()).orElseThrow().state()).isEqualTo(PaymentState.PENDING);
    }
}
