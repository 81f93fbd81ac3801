package io.trustframe.bank.payments;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** {@link PaymentStore} on JDBC, in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
public final class JdbcPaymentStore implements PaymentStore {

    /** A bank code no real German bank uses, so the demo's own IBANs can never be mistaken for real ones. */
    static final String DEMO_BANK_CODE = "99900000";

    private static final String PAYMENT_COLUMNS = "id, customer, payee, account, amount, currency, reference, state, "
            + "created_at, expires_at, stepped_up_at, authorized_amount, authorized_payee, authorized_account, closed_at, refusal";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final SecureRandom random;
    private final Money openingBalance;

    public JdbcPaymentStore(JdbcClient jdbc, TransactionOperations transactions, SecureRandom random,
            Money openingBalance) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.random = random;
        this.openingBalance = openingBalance;
    }

    @Override
    public Account openAccount(String customer, Instant now) {
        Optional<Account> existing = account(customer);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO accounts (customer, iban, currency, balance, opened_at) "
                            + "VALUES (:customer, :iban, :currency, :balance, :now)")
                    .param("customer", customer)
                    .param("iban", newIban().value())
                    .param("currency", openingBalance.currency().getCurrencyCode())
                    .param("balance", openingBalance.amount())
                    .param("now", timestamp(now))
                    .update();
        } catch (DuplicateKeyException e) {
            // Two first requests of the same customer raced; the other one opened the account.
        }
        return account(customer).orElseThrow();
    }

    @Override
    public Optional<Account> account(String customer) {
        return jdbc.sql("SELECT customer, iban, currency, balance, opened_at FROM accounts WHERE customer = :customer")
                .param("customer", customer)
                .query((rs, row) -> new Account(rs.getString("customer"), new Iban(rs.getString("iban")),
                        money(rs, "balance"), instant(rs, "opened_at")))
                .optional();
    }

    @Override
    public Payment create(NewPayment payment, Instant now, Instant expiresAt) {
        String id = HexFormat.of().formatHex(randomBytes(16));
        jdbc.sql("INSERT INTO payments (" + PAYMENT_COLUMNS + ") VALUES (:id, :customer, :payee, :account, :amount, "
                        + ":currency, :reference, 'PENDING', :now, :expiresAt, NULL, NULL, NULL, NULL, NULL, NULL)")
                .param("id", id)
                .param("customer", payment.customer())
                .param("payee", payment.payee())
                .param("account", payment.account().value())
                .param("amount", payment.amount().amount())
                .param("currency", payment.amount().currency().getCurrencyCode())
                .param("reference", payment.reference())
                .param("now", timestamp(now))
                .param("expiresAt", timestamp(expiresAt))
                .update();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Payment> find(String id) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE id = :id")
                .param("id", id)
                .query(JdbcPaymentStore::payment)
                .optional();
    }

    @Override
    public List<Payment> history(String customer, int limit) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE customer = :customer "
                        + "ORDER BY created_at DESC, id LIMIT :limit")
                .param("customer", customer)
                .param("limit", limit)
                .query(JdbcPaymentStore::payment)
                .list();
    }

    @Override
    public boolean isStepUpTokenUsed(String tokenId) {
        return jdbc.sql("SELECT COUNT(*) FROM used_step_up_tokens WHERE token_id = :tokenId")
                .param("tokenId", tokenId)
                .query(Long.class).single() > 0;
    }

    @Override
    public boolean recordStepUp(String paymentId, String tokenId, AuthorizedTerms terms, Instant now) {
        Boolean recorded = transactions.execute(status -> {
            int stepped = jdbc.sql("UPDATE payments SET stepped_up_at = :now, authorized_amount = :amount, "
                            + "authorized_payee = :payee, authorized_account = :account "
                            + "WHERE id = :id AND state = 'PENDING' AND stepped_up_at IS NULL")
                    .param("now", timestamp(now))
                    .param("amount", terms.amount())
                    .param("payee", terms.payee())
                    .param("account", terms.accountNumber())
                    .param("id", paymentId)
                    .update();
            if (stepped == 0) {
                return false;
            }
            try {
                // The primary key makes "used before" atomic across requests and nodes.
                jdbc.sql("INSERT INTO used_step_up_tokens (token_id, payment_id, used_at) VALUES (:tokenId, :id, :now)")
                        .param("tokenId", tokenId)
                        .param("id", paymentId)
                        .param("now", timestamp(now))
                        .update();
            } catch (DuplicateKeyException replayed) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    @Override
    public Execution execute(String paymentId, String customer, Instant now) {
        return transactions.execute(status -> {
            // The conditional UPDATE is the idempotency guard: of two concurrent submits only one sees PENDING
            // (the other waits for the row lock, then matches nothing), so the account is debited once.
            int executed = jdbc.sql("UPDATE payments SET state = 'EXECUTED', closed_at = :now "
                            + "WHERE id = :id AND customer = :customer AND state = 'PENDING' "
                            + "AND stepped_up_at IS NOT NULL AND expires_at > :now")
                    .param("now", timestamp(now))
                    .param("id", paymentId)
                    .param("customer", customer)
                    .update();
            Optional<Payment> payment = find(paymentId).filter(found -> found.customer().equals(customer));
            if (payment.isEmpty()) {
                return new Execution.NotExecuted(Execution.Reason.UNKNOWN_PAYMENT);
            }
            if (executed == 0) {
                return notExecuted(payment.get(), now);
            }
            Money amount = payment.get().amount();
            int debited = jdbc.sql("UPDATE accounts SET balance = balance - :amount "
                            + "WHERE customer = :customer AND currency = :currency AND balance >= :amount")
                    .param("amount", amount.amount())
                    .param("customer", customer)
                    .param("currency", amount.currency().getCurrencyCode())
                    .update();
            if (debited == 0) {
                jdbc.sql("UPDATE payments SET state = 'REFUSED', refusal = 'INSUFFICIENT_FUNDS' WHERE id = :id")
                        .param("id", paymentId)
                        .update();
                return new Execution.NotExecuted(Execution.Reason.INSUFFICIENT_FUNDS);
            }
            return new Execution.Executed(find(paymentId).orElseThrow());
        });
    }

    private static Execution notExecuted(Payment payment, Instant now) {
        return switch (payment.state()) {
            case EXECUTED -> new Execution.AlreadyExecuted(payment);
            case REFUSED -> new Execution.NotExecuted(Execution.Reason.REFUSED);
            case EXPIRED -> new Execution.NotExecuted(Execution.Reason.EXPIRED);
            case PENDING -> new Execution.NotExecuted(payment.isExpiredAt(now)
                    ? Execution.Reason.EXPIRED : Execution.Reason.NOT_STEPPED_UP);
        };
    }

    @Override
    public boolean close(String paymentId, PaymentState state, String reason, Instant now) {
        if (state != PaymentState.REFUSED && state != PaymentState.EXPIRED) {
            throw new IllegalArgumentException("a payment is closed as REFUSED or EXPIRED, not " + state);
        }
        return jdbc.sql("UPDATE payments SET state = :state, refusal = :reason, closed_at = :now "
                        + "WHERE id = :id AND state = 'PENDING'")
                .param("state", state.name())
                .param("reason", reason)
                .param("now", timestamp(now))
                .param("id", paymentId)
                .update() == 1;
    }

    @Override
    public int expireOverdue(String customer, Instant now) {
        return jdbc.sql("UPDATE payments SET state = 'EXPIRED', refusal = 'PAYMENT_EXPIRED', closed_at = :now "
                        + "WHERE customer = :customer AND state = 'PENDING' AND expires_at <= :now")
                .param("now", timestamp(now))
                .param("customer", customer)
                .update();
    }

    private Iban newIban() {
        StringBuilder account = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            account.append(random.nextInt(10));
        }
        return Iban.of("DE", DEMO_BANK_CODE + account);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(
                rs.getString("id"),
                rs.getString("customer"),
                rs.getString("payee"),
                new PayeeAccount(rs.getString("account")),
                money(rs, "amount"),
                rs.getString("reference"),
                PaymentState.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                Optional.ofNullable(rs.getObject("stepped_up_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getString("authorized_amount") == null ? Optional.empty() : Optional.of(new AuthorizedTerms(
                        rs.getString("authorized_amount"), rs.getString("authorized_payee"),
                        rs.getString("authorized_account"))),
                Optional.ofNullable(rs.getObject("closed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString("refusal")));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return new Money(amount, Currency.getInstance(rs.getString("currency").trim()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
