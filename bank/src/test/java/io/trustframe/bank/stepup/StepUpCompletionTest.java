package io.trustframe.bank.stepup;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jwt.JWTClaimsSet;

import io.trustframe.bank.FakeIdentity;
import io.trustframe.testing.MutableClock;
import io.trustframe.bank.payments.Execution;
import io.trustframe.bank.payments.JdbcPaymentStore;
import io.trustframe.bank.payments.Money;
import io.trustframe.bank.payments.NewPayment;
import io.trustframe.bank.payments.PayeeAccount;
import io.trustframe.bank.payments.Payment;
import io.trustframe.bank.payments.PaymentState;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

/**
 * The bank's acceptance rules for a step-up token (issue 7, item 4), each refusal on a real database with tokens from
 * a stand-in identity service on a real port.
 */
@Migrations("db/migration/bank")
class StepUpCompletionTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final String STEP_UP = "B2C_1A_PSD2_StepUp";
    private static final String ALICE = "alice-object-id";
    private static final String BOB = "bob-object-id";
    private static final String NONCE = "nonce-sent-with-the-request";
    private static final String TENANT_ID = "3f1c6a7e-52b4-4f0a-9d1e-6b2f0c8a7d45";

    /** One bank with one signed-in customer (Alice) and the identity service it trusts. */
    private static final class Bank implements AutoCloseable {
        final FakeIdentity identity;
        final MutableClock clock = new MutableClock(START);
        final JdbcPaymentStore store;
        final IdentityMetadataSource metadata;
        final StepUpCompletion completion;

        Bank(TestDatabase db) throws Exception {
            this(db, false);
        }

        Bank(TestDatabase db, boolean accountNumberOptional) throws Exception {
            identity = new FakeIdentity();
            store = new JdbcPaymentStore(db.jdbc(),
                    new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    new SecureRandom(), Money.of("2500.00", "EUR"));
            metadata = new IdentityMetadataSource(identity::metadataUrl);
            StepUpTokenVerifier verifier = new StepUpTokenVerifier(metadata, STEP_UP, FakeIdentity.CLIENT_ID,
                    TENANT_ID, store::isStepUpTokenUsed, clock, accountNumberOptional);
            completion = new StepUpCompletion(verifier, store, clock);
            store.openAccount(ALICE, START);
            store.openAccount(BOB, START);
        }

        Payment fiftyEurosToJohn(String customer) {
            return store.create(new NewPayment(customer, "John Doe", new PayeeAccount("DE89370400440532013000"),
                    Money.of("50.00", "EUR"), "Invoice 42"), clock.instant(), clock.instant().plus(Duration.ofMinutes(15)));
        }

        /** The token the step-up policy issues for this payment to its owner, with {@code changes}. */
        String tokenFor(Payment payment, Consumer<JWTClaimsSet.Builder> changes) {
            return identity.token(STEP_UP, payment.customer(), clock.instant(), claims -> {
                claims.claim("amount", "EUR 50.00").claim("payee", "John Doe")
                        .claim("accountnumber", "DE89370400440532013000").claim("nonce", NONCE)
                        .claim("tenantId", TENANT_ID);
                changes.accept(claims);
            });
        }

        StepUpDecision returnFromStepUp(String token, Payment payment) {
            return completion.complete(new StepUpResponse(token, ALICE, store.find(payment.id()).orElseThrow(),
                    Optional.of(NONCE)));
        }

        PaymentState state(Payment payment) {
            return store.find(payment.id()).orElseThrow().state();
        }

        Money balance() {
            return store.account(ALICE).orElseThrow().balance();
        }

        @Override
        public void close() {
            identity.close();
        }
    }

    private static Refusal refusal(StepUpDecision decision) {
        assertThat(decision).isInstanceOf(StepUpDecision.Refused.class);
        return ((StepUpDecision.Refused) decision).reason();
    }

    @DatabaseTest
    void aTokenForExactlyThisPaymentAuthorisesItAndItPaysOnce(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(bank.tokenFor(payment, claims -> { }), payment);

            assertThat(decision).isInstanceOf(StepUpDecision.Accepted.class);
            StepUpAuthorization authorization = ((StepUpDecision.Accepted) decision).authorization();
            assertThat(authorization.amount()).isEqualTo("EUR 50.00");
            assertThat(authorization.payee()).isEqualTo("John Doe");
            assertThat(authorization.accountNumber()).isEqualTo("DE89370400440532013000");
            assertThat(bank.store.execute(payment.id(), ALICE, bank.clock.instant()))
                    .isInstanceOf(Execution.Executed.class);
            assertThat(bank.store.execute(payment.id(), ALICE, bank.clock.instant()))
                    .isInstanceOf(Execution.AlreadyExecuted.class);
            assertThat(bank.balance()).isEqualTo(Money.of("2450.00", "EUR"));
        }
    }

    @DatabaseTest
    void aTokenWithATamperedAmountIsRefusedAndThePaymentNeverPays(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(payment, claims -> claims.claim("amount", "EUR 5.00")), payment);

            assertThat(refusal(decision)).isEqualTo(Refusal.PAYMENT_MISMATCH);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.REFUSED);
            assertThat(bank.store.execute(payment.id(), ALICE, bank.clock.instant()))
                    .isEqualTo(new Execution.NotExecuted(Execution.Reason.REFUSED));
            assertThat(bank.balance()).isEqualTo(Money.of("2500.00", "EUR"));
        }
    }

    @DatabaseTest
    void aTokenForAnotherPayeeOrAccountIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment toMallory = bank.fiftyEurosToJohn(ALICE);
            Payment toOtherAccount = bank.fiftyEurosToJohn(ALICE);

            assertThat(refusal(bank.returnFromStepUp(
                    bank.tokenFor(toMallory, claims -> claims.claim("payee", "Mallory")), toMallory)))
                    .isEqualTo(Refusal.PAYMENT_MISMATCH);
            assertThat(refusal(bank.returnFromStepUp(
                    bank.tokenFor(toOtherAccount, claims -> claims.claim("accountnumber", "GB82WEST12345698765432")),
                    toOtherAccount)))
                    .isEqualTo(Refusal.PAYMENT_MISMATCH);
        }
    }

    @DatabaseTest
    void byDefaultATokenWithoutTheAccountNumberIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(payment, claims -> claims.claim("accountnumber", null)), payment);

            assertThat(refusal(decision)).isEqualTo(Refusal.PAYMENT_MISMATCH);
        }
    }

    @DatabaseTest
    void withTheAccountNumberOptionalAnAmountAndPayeeTokenAuthorisesThePaymentToItsOwnAccount(TestDatabase db)
            throws Exception {
        try (Bank bank = new Bank(db, true)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(payment, claims -> claims.claim("accountnumber", null)), payment);

            assertThat(decision).isInstanceOf(StepUpDecision.Accepted.class);
            assertThat(((StepUpDecision.Accepted) decision).authorization().accountNumber())
                    .isEqualTo("DE89370400440532013000");
            assertThat(bank.store.execute(payment.id(), ALICE, bank.clock.instant()))
                    .isInstanceOf(Execution.Executed.class);
        }
    }

    @DatabaseTest
    void withTheAccountNumberOptionalAnotherAccountOrAmountIsStillRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db, true)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);
            Payment second = bank.fiftyEurosToJohn(ALICE);

            assertThat(refusal(bank.returnFromStepUp(bank.tokenFor(payment,
                    claims -> claims.claim("accountnumber", "GB82WEST12345698765432")), payment)))
                    .isEqualTo(Refusal.PAYMENT_MISMATCH);
            assertThat(refusal(bank.returnFromStepUp(bank.tokenFor(second,
                    claims -> claims.claim("accountnumber", null).claim("amount", "EUR 5.00")), second)))
                    .isEqualTo(Refusal.PAYMENT_MISMATCH);
        }
    }

    @DatabaseTest
    void anotherCustomersTokenIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(payment, claims -> claims.subject(BOB)), payment);

            assertThat(refusal(decision)).isEqualTo(Refusal.WRONG_CUSTOMER);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.REFUSED);
        }
    }

    @DatabaseTest
    void aStepUpForSomeoneElsesPaymentIsRefusedWithoutTouchingIt(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment bobs = bank.fiftyEurosToJohn(BOB);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(bobs, claims -> claims.subject(ALICE)), bobs);

            assertThat(refusal(decision)).isEqualTo(Refusal.WRONG_CUSTOMER);
            assertThat(bank.state(bobs)).isEqualTo(PaymentState.PENDING);
        }
    }

    @DatabaseTest
    void aReplayedTokenIsRefusedForTheNextPayment(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment first = bank.fiftyEurosToJohn(ALICE);
            String token = bank.tokenFor(first, claims -> { });
            assertThat(bank.returnFromStepUp(token, first)).isInstanceOf(StepUpDecision.Accepted.class);
            bank.store.execute(first.id(), ALICE, bank.clock.instant());
            Payment second = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(token, second);

            assertThat(refusal(decision)).isEqualTo(Refusal.TOKEN_REPLAYED);
            assertThat(bank.store.execute(second.id(), ALICE, bank.clock.instant()))
                    .isInstanceOf(Execution.NotExecuted.class);
            assertThat(bank.balance()).isEqualTo(Money.of("2450.00", "EUR"));
        }
    }

    @DatabaseTest
    void aTokenThatComesBackAfterThePaymentExpiredIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);
            bank.clock.advance(Duration.ofMinutes(16));

            StepUpDecision decision = bank.returnFromStepUp(bank.tokenFor(payment, claims -> { }), payment);

            assertThat(refusal(decision)).isEqualTo(Refusal.PAYMENT_EXPIRED);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.EXPIRED);
        }
    }

    @DatabaseTest
    void aTokenFromAnotherPolicyIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(
                    bank.tokenFor(payment, claims -> claims.claim("tfp", "B2C_1A_PSD2_SUSI")), payment);

            assertThat(refusal(decision)).isEqualTo(Refusal.WRONG_POLICY);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.REFUSED);
        }
    }

    @DatabaseTest
    void thePolicyMayBeNamedInAcrAndInAnyCase(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);

            StepUpDecision decision = bank.returnFromStepUp(bank.tokenFor(payment,
                    claims -> claims.claim("tfp", null).claim("acr", "b2c_1a_psd2_stepup")), payment);

            assertThat(decision).isInstanceOf(StepUpDecision.Accepted.class);
        }
    }

    @DatabaseTest
    void aTokenNotSignedByTheIdentityServiceIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);
            String forged = bank.identity.tokenSignedByAnotherKey(STEP_UP, ALICE, bank.clock.instant(),
                    claims -> claims.claim("amount", "EUR 50.00").claim("payee", "John Doe")
                            .claim("accountnumber", "DE89370400440532013000").claim("nonce", NONCE));

            assertThat(refusal(bank.returnFromStepUp(forged, payment))).isEqualTo(Refusal.INVALID_TOKEN);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.REFUSED);
        }
    }

    @DatabaseTest
    void aTokenForAnotherRequestAudienceOrTenantOrAlreadyExpiredIsRefused(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment wrongNonce = bank.fiftyEurosToJohn(ALICE);
            Payment wrongAudience = bank.fiftyEurosToJohn(ALICE);
            Payment expiredToken = bank.fiftyEurosToJohn(ALICE);

            assertThat(refusal(bank.returnFromStepUp(
                    bank.tokenFor(wrongNonce, claims -> claims.claim("nonce", "another")), wrongNonce)))
                    .isEqualTo(Refusal.INVALID_TOKEN);
            assertThat(refusal(bank.returnFromStepUp(
                    bank.tokenFor(wrongAudience, claims -> claims.audience("another-app")), wrongAudience)))
                    .isEqualTo(Refusal.INVALID_TOKEN);
            Payment otherTenant = bank.fiftyEurosToJohn(ALICE);
            assertThat(refusal(bank.returnFromStepUp(bank.tokenFor(otherTenant,
                    claims -> claims.claim("tenantId", "another-tenant")), otherTenant)))
                    .isEqualTo(Refusal.INVALID_TOKEN);
            assertThat(refusal(bank.returnFromStepUp(bank.tokenFor(expiredToken, claims -> claims
                    .expirationTime(java.util.Date.from(START.minus(Duration.ofMinutes(5))))), expiredToken)))
                    .isEqualTo(Refusal.INVALID_TOKEN);
        }
    }

    @DatabaseTest
    void keysThatCannotBeFetchedRefuseButLeaveThePaymentPending(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);
            String token = bank.tokenFor(payment, claims -> { });
            // The metadata was read while the identity service was up; its jwks_uri no longer answers.
            bank.metadata.metadata(STEP_UP);
            bank.identity.close();

            assertThat(refusal(bank.returnFromStepUp(token, payment))).isEqualTo(Refusal.IDENTITY_UNAVAILABLE);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.PENDING);
        }
    }

    @DatabaseTest
    void anUnreachableIdentityServiceRefusesButLeavesThePaymentPending(TestDatabase db) throws Exception {
        try (Bank bank = new Bank(db)) {
            Payment payment = bank.fiftyEurosToJohn(ALICE);
            String token = bank.tokenFor(payment, claims -> { });
            bank.identity.close();

            assertThat(refusal(bank.returnFromStepUp(token, payment))).isEqualTo(Refusal.IDENTITY_UNAVAILABLE);
            assertThat(bank.state(payment)).isEqualTo(PaymentState.PENDING);
        }
    }
}
