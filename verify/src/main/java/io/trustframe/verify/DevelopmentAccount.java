package io.trustframe.verify;

import static io.trustframe.verify.Timestamps.utc;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.verify.service.ServiceStore;
import io.trustframe.verify.service.VerifyService;

/**
 * The development account of this data folder: an Account SID, its Auth Token and one PSD2-enabled Verify
 * Service, generated on first run and kept in the verify database so they stay the same across restarts. Only
 * present when {@code trustframe.verify.development-account=true}; for development and demos, not production.
 */
public final class DevelopmentAccount {

    /** The FriendlyName of the seeded service, which its SMS name. */
    public static final String SERVICE_NAME = "Trustframe";

    private final String accountSid;
    private final String authToken;
    private final String psd2ServiceSid;

    private DevelopmentAccount(String accountSid, String authToken, String psd2ServiceSid) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.psd2ServiceSid = psd2ServiceSid;
    }

    /**
     * Reads the data folder's development account, creating it (and its service) on first run. When another node
     * creates it at the same moment, the loser's insert fails on the singleton key and it reads the winner's.
     */
    public static DevelopmentAccount loadOrCreate(JdbcClient jdbc, TransactionTemplate transactions,
                                                  ServiceStore services, RandomSource random, Clock clock) {
        try {
            return transactions.execute(status -> read(jdbc).orElseGet(() -> create(jdbc, services, random, clock)));
        } catch (DuplicateKeyException createdElsewhere) {
            return read(jdbc).orElseThrow(() -> createdElsewhere);
        }
    }

    private static Optional<DevelopmentAccount> read(JdbcClient jdbc) {
        return jdbc.sql("SELECT account_sid, auth_token, psd2_service_sid FROM development_account")
                .query((rs, n) -> new DevelopmentAccount(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    private static DevelopmentAccount create(JdbcClient jdbc, ServiceStore services, RandomSource random, Clock clock) {
        DevelopmentAccount created = new DevelopmentAccount(random.sid("AC"), random.hex(16), random.sid("VA"));
        jdbc.sql("INSERT INTO development_account (account_sid, auth_token, psd2_service_sid, date_created) "
                        + "VALUES (?, ?, ?, ?)")
                .params(created.accountSid, created.authToken, created.psd2ServiceSid, utc(clock.instant()))
                .update();
        services.insert(VerifyService.create(created.psd2ServiceSid, created.accountSid, Form.of(Map.of(
                "FriendlyName", SERVICE_NAME, "Psd2Enabled", "true", "DoNotShareWarningEnabled", "true")),
                clock.instant()));
        return created;
    }

    /** {@code AC} + 32 hex digits: the {@code TWILIO_ACCOUNT_SID} to give Twilio clients. */
    public String accountSid() {
        return accountSid;
    }

    /** The {@code TWILIO_AUTH_TOKEN} to give Twilio clients. */
    public String authToken() {
        return authToken;
    }

    /** {@code VA} + 32 hex digits: the PSD2-enabled {@code TWILIO_VERIFY_SERVICE_SID}. */
    public String psd2ServiceSid() {
        return psd2ServiceSid;
    }

    /** The copy-pasteable lines a banner prints: {@code TWILIO_ACCOUNT_SID=…} and so on. */
    public String environmentLines() {
        return "TWILIO_ACCOUNT_SID=" + accountSid + System.lineSeparator()
                + "TWILIO_AUTH_TOKEN=" + authToken + System.lineSeparator()
                + "TWILIO_VERIFY_SERVICE_SID=" + psd2ServiceSid;
    }

    @Override
    public String toString() {
        return "DevelopmentAccount[" + accountSid + ", service " + psd2ServiceSid + "]";
    }
}
