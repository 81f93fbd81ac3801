package io.trustframe.verify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;
import io.trustframe.verify.Form;
import io.trustframe.verify.MutableClock;
import io.trustframe.verify.RandomSource;
import io.trustframe.verify.TwilioError;
import io.trustframe.verify.TwilioException;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.delivery.DeliveryException;
import io.trustframe.verify.delivery.Sms;
import io.trustframe.verify.delivery.SmsSender;
import io.trustframe.verify.service.JdbcServiceStore;
import io.trustframe.verify.service.VerifyService;

/** The verification rules on each database engine, with the real stores and transactions. */
@Migrations("db/migration/verify")
class VerifierTest {

    private static final Account ACCOUNT = new Account("AC00000000000000000000000000000001");
    private static final String SERVICE = "VA00000000000000000000000000000001";
    private static final String TO = "+4915112345678";
    private static final Pattern CODE = Pattern.compile(":\\s*([0-9A-Za-z]{4,10})\\.");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final List<Sms> sent = new ArrayList<>();
    private boolean deliveryFails;

    @DatabaseTest
    void aVerificationExpiresAfterTheConfiguredValidity(TestDatabase db) {
        Verifier verifier = verifier(db, Duration.ofMinutes(2), Map.of());
        verifier.start(ACCOUNT, SERVICE, start(Map.of()));

        clock.advance(Duration.ofSeconds(119));
        assertThat(verifier.check(ACCOUNT, SERVICE, check("000000")).status()).isEqualTo(VerificationStatus.PENDING);
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> verifier.check(ACCOUNT, SERVICE, check(lastCode())))
                .isInstanceOfSatisfying(TwilioException.class,
                        e -> assertThat(e.error()).isEqualTo(TwilioError.NOT_FOUND));
    }

    @DatabaseTest
    void concurrentWrongChecksAreEachCountedSoNoMoreThanFiveAreAnswered(TestDatabase db) throws Exception {
        Verifier verifier = verifier(db, Duration.ofMinutes(10), Map.of());
        verifier.start(ACCOUNT, SERVICE, start(Map.of()));
        String wrong = lastCode().equals("000000") ? "111111" : "000000";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Callable<String> attempt = () -> {
                    try {
                        return verifier.check(ACCOUNT, SERVICE, check(wrong)).status().value();
                    } catch (TwilioException e) {
                        return Integer.toString(e.error().code());
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("pending"::equals).hasSize(5);
            assertThat(results).filteredOn("60202"::equals).hasSize(7);
        } finally {
            pool.shutdown();
        }
    }

    @DatabaseTest
    void aFailedDeliveryLeavesNoVerificationBehind(TestDatabase db) {
        Verifier verifier = verifier(db, Duration.ofMinutes(10), Map.of());
        deliveryFails = true;

        assertThatThrownBy(() -> verifier.start(ACCOUNT, SERVICE, start(Map.of())))
                .isInstanceOfSatisfying(TwilioException.class,
                        e -> assertThat(e.error()).isEqualTo(TwilioError.VERIFICATION_DELIVERY_FAILED));

        assertThat(db.jdbc().sql("SELECT count(*) FROM verification").query(Long.class).single()).isZero();
        assertThat(db.jdbc().sql("SELECT count(*) FROM send_code_attempt").query(Long.class).single()).isZero();
    }

    @DatabaseTest
    void aFailedResendKeepsTheVerificationAsItWas(TestDatabase db) {
        Verifier verifier = verifier(db, Duration.ofMinutes(10), Map.of());
        Verification started = verifier.start(ACCOUNT, SERVICE, start(Map.of()));
        deliveryFails = true;

        assertThatThrownBy(() -> verifier.start(ACCOUNT, SERVICE, start(Map.of()))).isInstanceOf(TwilioException.class);

        assertThat(verifier.fetch(ACCOUNT, SERVICE, started.sid()).sendCodeAttempts()).hasSize(1);
    }

    @DatabaseTest
    void aResendOfACustomCodeMustRepeatTheSameCode(TestDatabase db) {
        Verifier verifier = verifier(db, Duration.ofMinutes(10), Map.of("CustomCodeEnabled", "true"));
        verifier.start(ACCOUNT, SERVICE, start(Map.of("CustomCode", "4711")));

        assertThatThrownBy(() -> verifier.start(ACCOUNT, SERVICE, start(Map.of("CustomCode", "4712"))))
                .isInstanceOfSatisfying(TwilioException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Invalid parameter: CustomCode"));
        assertThat(verifier.start(ACCOUNT, SERVICE, start(Map.of("CustomCode", "4711"))).sendCodeAttempts()).hasSize(2);
        assertThat(lastCode()).isEqualTo("4711");
    }

    @DatabaseTest
    void theCodeIsSentToTheNumberFromTheConfiguredSender(TestDatabase db) {
        Verifier verifier = verifier(db, Duration.ofMinutes(10), Map.of());

        verifier.start(ACCOUNT, SERVICE, start(Map.of()));

        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.to()).isEqualTo(TO);
            assertThat(sms.from()).isEqualTo("Trustframe");
            assertThat(sms.carriesCode()).isTrue();
            assertThat(sms.sid()).matches("SM[0-9a-f]{32}");
        });
    }

    private Verifier verifier(TestDatabase db, Duration ttl, Map<String, String> serviceSettings) {
        Map<String, String> settings = new HashMap<>(serviceSettings);
        settings.put("FriendlyName", "Contoso");
        JdbcServiceStore services = new JdbcServiceStore(db.jdbc());
        services.insert(VerifyService.create(SERVICE, ACCOUNT.sid(), Form.of(settings), clock.instant()));
        RandomSource random = new RandomSource(new Random(42));
        SmsSender sender = sms -> {
            if (deliveryFails) {
                throw new DeliveryException("refused", null);
            }
            synchronized (sent) {
                sent.add(sms);
            }
        };
        return new Verifier(services, new JdbcVerificationStore(db.jdbc()), new VerificationCodes(new byte[32], random),
                sender, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())), clock, random, ttl,
                "Trustframe");
    }

    private static StartRequest start(Map<String, String> extra) {
        Map<String, String> form = new HashMap<>(extra);
        form.put("To", TO);
        form.put("Channel", "sms");
        return StartRequest.parse(Form.of(form));
    }

    private static CheckRequest check(String code) {
        return CheckRequest.parse(Form.of(Map.of("To", TO, "Code", code)));
    }

    private String lastCode() {
        Matcher code = CODE.matcher(sent.get(sent.size() - 1).body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
