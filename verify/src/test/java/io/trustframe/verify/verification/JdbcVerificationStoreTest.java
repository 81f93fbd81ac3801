package io.trustframe.verify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;
import io.trustframe.verify.Form;
import io.trustframe.verify.PhoneNumbers.LineType;
import io.trustframe.verify.service.JdbcServiceStore;
import io.trustframe.verify.service.VerifyService;

@Migrations("db/migration/verify")
class JdbcVerificationStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final String SERVICE = "VA00000000000000000000000000000001";

    @DatabaseTest
    void aVerificationComesBackWithItsSendAttemptsInOrder(TestDatabase db) {
        JdbcVerificationStore store = store(db);
        Verification created = pending("VE00000000000000000000000000000001", "+4915112345678");
        store.insert(created);
        store.addSendAttempt(created.sid(), new SendAttempt("VL000000000000000000000000000000ff", "sms", NOW));

        Verification found = store.findForUpdate(SERVICE, created.sid()).orElseThrow();

        assertThat(found.to()).isEqualTo("+4915112345678");
        assertThat(found.amount()).isEqualTo("€50.00");
        assertThat(found.payee()).isEqualTo("John Doe");
        assertThat(found.lookupType()).isEqualTo(LineType.MOBILE);
        assertThat(found.expiresAt()).isEqualTo(NOW.plus(10, ChronoUnit.MINUTES));
        assertThat(found.sendCodeAttempts()).extracting(SendAttempt::attemptSid)
                .containsExactly("VL00000000000000000000000000000001", "VL000000000000000000000000000000ff");
    }

    @DatabaseTest
    void onlyOneVerificationPerNumberCanBeLive(TestDatabase db) {
        JdbcVerificationStore store = store(db);
        store.insert(pending("VE00000000000000000000000000000001", "+4915112345678"));

        assertThatThrownBy(() -> store.insert(pending("VE00000000000000000000000000000002", "+4915112345678")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @DatabaseTest
    void settlingAVerificationFreesTheNumberAndKeepsTheCounter(TestDatabase db) {
        JdbcVerificationStore store = store(db);
        Verification first = pending("VE00000000000000000000000000000001", "+4915112345678");
        store.insert(first);

        store.update(first.withCheckAttempt(NOW).withCheckAttempt(NOW).withStatus(VerificationStatus.APPROVED, NOW));
        store.insert(pending("VE00000000000000000000000000000002", "+4915112345678"));

        assertThat(store.find(SERVICE, first.sid()).orElseThrow())
                .extracting(Verification::status, Verification::checkAttempts)
                .containsExactly(VerificationStatus.APPROVED, 2);
        assertThat(store.findLiveForUpdate(SERVICE, "+4915112345678").orElseThrow().sid())
                .isEqualTo("VE00000000000000000000000000000002");
    }

    @DatabaseTest
    void aVerificationLockedByTooManyChecksStillHoldsTheNumber(TestDatabase db) {
        JdbcVerificationStore store = store(db);
        Verification first = pending("VE00000000000000000000000000000001", "+4915112345678");
        store.insert(first);

        store.update(first.withStatus(VerificationStatus.MAX_ATTEMPTS_REACHED, NOW));

        assertThat(store.findLiveForUpdate(SERVICE, "+4915112345678")).map(Verification::status)
                .hasValue(VerificationStatus.MAX_ATTEMPTS_REACHED);
        assertThatThrownBy(() -> store.insert(pending("VE00000000000000000000000000000002", "+4915112345678")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @DatabaseTest
    void deletingTheServiceDeletesItsVerifications(TestDatabase db) {
        JdbcVerificationStore store = store(db);
        store.insert(pending("VE00000000000000000000000000000001", "+4915112345678"));

        new JdbcServiceStore(db.jdbc()).delete("AC00000000000000000000000000000001", SERVICE);

        assertThat(store.find(SERVICE, "VE00000000000000000000000000000001")).isEmpty();
    }

    private static JdbcVerificationStore store(TestDatabase db) {
        new JdbcServiceStore(db.jdbc()).insert(VerifyService.create(SERVICE, "AC00000000000000000000000000000001",
                Form.of(Map.of("FriendlyName", "Contoso", "Psd2Enabled", "true")), NOW));
        return new JdbcVerificationStore(db.jdbc());
    }

    private static Verification pending(String sid, String to) {
        return new Verification(sid, SERVICE, "AC00000000000000000000000000000001", to, "sms",
                VerificationStatus.PENDING, "00112233445566778899aabbccddeeff", "ab".repeat(32),
                "ffeeddccbbaa99887766554433221100", 6, "€50.00", "John Doe", "de", LineType.MOBILE, 0,
                NOW.plus(10, ChronoUnit.MINUTES), NOW, NOW,
                List.of(new SendAttempt("VL" + sid.substring(2), "sms", NOW)));
    }
}
