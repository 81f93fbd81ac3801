package io.trustframe.verify.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/verify")
class JdbcMessageStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final String ACCOUNT = "AC00000000000000000000000000000001";

    @DatabaseTest
    void messagesAreListedNewestFirstEvenWithinOneClockTick(TestDatabase db) {
        JdbcMessageStore store = new JdbcMessageStore(db.jdbc());
        store.insert(message("SM00000000000000000000000000000001", "+4915112345678", "first"));
        store.insert(message("SM00000000000000000000000000000002", "+4915112345678", "second"));
        store.insert(message("SM00000000000000000000000000000003", "+4915100000001", "other"));

        assertThat(store.list(ACCOUNT, Optional.of("+4915112345678"), Optional.empty(), 0, 10))
                .extracting(Message::body).containsExactly("second", "first");
        assertThat(store.list(ACCOUNT, Optional.empty(), Optional.empty(), 1, 1))
                .extracting(Message::body).containsExactly("second");
        assertThat(store.list("AC00000000000000000000000000000002", Optional.empty(), Optional.empty(), 0, 10))
                .isEmpty();
    }

    @DatabaseTest
    void aSentMessageKeepsItsSenderAndDates(TestDatabase db) {
        JdbcMessageStore store = new JdbcMessageStore(db.jdbc());
        Message queued = message("SM00000000000000000000000000000001", "+4915112345678", "hello");
        store.insert(queued);

        store.update(queued.sent("Trustframe", NOW.plusSeconds(1)));

        Message found = store.find(ACCOUNT, queued.sid()).orElseThrow();
        assertThat(found.status()).isEqualTo("sent");
        assertThat(found.from()).isEqualTo("Trustframe");
        assertThat(found.dateSent()).isEqualTo(NOW.plusSeconds(1));
        assertThat(found.errorCode()).isNull();
        assertThat(store.find("AC00000000000000000000000000000002", queued.sid())).isEmpty();
    }

    private static Message message(String sid, String to, String body) {
        return new Message(sid, ACCOUNT, to, null, "MG00000000000000000000000000000001", body, "accepted", 1, null,
                null, NOW, NOW, null);
    }
}
