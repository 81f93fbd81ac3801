package io.trustframe.verify.verification;

import static io.trustframe.verify.Timestamps.instant;
import static io.trustframe.verify.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.trustframe.verify.PhoneNumbers.LineType;

public final class JdbcVerificationStore implements VerificationStore {

    private static final String COLUMNS = "sid, service_sid, account_sid, recipient, channel, status, code_salt, "
            + "code_hash, code_seed, code_length, amount, payee, locale, lookup_type, check_attempts, expires_at, "
            + "date_created, date_updated";

    private final JdbcClient jdbc;

    public JdbcVerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Verification v) {
        jdbc.sql("INSERT INTO verification (" + COLUMNS + ", live_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.sid(), v.serviceSid(), v.accountSid(), v.to(), v.channel(), v.status().value(), v.codeSalt(),
                        v.codeHash(), v.codeSeed(), v.codeLength(), v.amount(), v.payee(), v.locale(),
                        v.lookupType() == null ? null : v.lookupType().name(), v.checkAttempts(), utc(v.expiresAt()),
                        utc(v.dateCreated()), utc(v.dateUpdated()), liveKey(v))
                .update();
        v.sendCodeAttempts().forEach(attempt -> addSendAttempt(v.sid(), attempt));
    }

    @Override
    public void addSendAttempt(String verificationSid, SendAttempt attempt) {
        jdbc.sql("INSERT INTO send_code_attempt (attempt_sid, verification_sid, channel, attempted_at) "
                        + "VALUES (?, ?, ?, ?)")
                .params(attempt.attemptSid(), verificationSid, attempt.channel(), utc(attempt.time()))
                .update();
        jdbc.sql("UPDATE verification SET date_updated = ? WHERE sid = ?")
                .params(utc(attempt.time()), verificationSid)
                .update();
    }

    @Override
    public void update(Verification v) {
        jdbc.sql("UPDATE verification SET status = ?, check_attempts = ?, live_key = ?, date_updated = ? WHERE sid = ?")
                .params(v.status().value(), v.checkAttempts(), liveKey(v), utc(v.dateUpdated()), v.sid())
                .update();
    }

    @Override
    public Optional<Verification> find(String serviceSid, String sid) {
        return one("SELECT " + COLUMNS + " FROM verification WHERE service_sid = ? AND sid = ?", serviceSid, sid);
    }

    @Override
    public Optional<Verification> findForUpdate(String serviceSid, String sid) {
        return one("SELECT " + COLUMNS + " FROM verification WHERE service_sid = ? AND sid = ? FOR UPDATE",
                serviceSid, sid);
    }

    @Override
    public Optional<Verification> findLiveForUpdate(String serviceSid, String to) {
        return one("SELECT " + COLUMNS + " FROM verification WHERE live_key = ? FOR UPDATE", serviceSid + ":" + to);
    }

    private Optional<Verification> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(JdbcVerificationStore::row).optional().map(this::withAttempts);
    }

    private Verification withAttempts(Verification v) {
        List<SendAttempt> attempts = jdbc.sql("SELECT attempt_sid, channel, attempted_at FROM send_code_attempt "
                        + "WHERE verification_sid = ? ORDER BY seq")
                .param(v.sid())
                .query((rs, n) -> new SendAttempt(rs.getString("attempt_sid"), rs.getString("channel"),
                        instant(rs, "attempted_at")))
                .list();
        return new Verification(v.sid(), v.serviceSid(), v.accountSid(), v.to(), v.channel(), v.status(), v.codeSalt(),
                v.codeHash(), v.codeSeed(), v.codeLength(), v.amount(), v.payee(), v.locale(), v.lookupType(),
                v.checkAttempts(), v.expiresAt(), v.dateCreated(), v.dateUpdated(), attempts);
    }

    /**
     * The unique key that allows one live verification per number and service. A verification locked after too many
     * checks keeps it until it expires, so that the number cannot simply start over (Twilio: wait for the expiry).
     */
    private static String liveKey(Verification v) {
        return v.status() == VerificationStatus.PENDING || v.status() == VerificationStatus.MAX_ATTEMPTS_REACHED
                ? v.serviceSid() + ":" + v.to() : null;
    }

    private static Verification row(ResultSet rs, int rowNum) throws SQLException {
        String lookup = rs.getString("lookup_type");
        return new Verification(rs.getString("sid"), rs.getString("service_sid"), rs.getString("account_sid"),
                rs.getString("recipient"), rs.getString("channel"), VerificationStatus.of(rs.getString("status")),
                rs.getString("code_salt"), rs.getString("code_hash"), rs.getString("code_seed"),
                rs.getInt("code_length"), rs.getString("amount"), rs.getString("payee"), rs.getString("locale"),
                lookup == null ? null : LineType.valueOf(lookup), rs.getInt("check_attempts"),
                instant(rs, "expires_at"), instant(rs, "date_created"), instant(rs, "date_updated"), List.of());
    }
}
