package io.trustframe.verify.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/verify")
class JdbcOutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @DatabaseTest
    void theOutboxListsANumbersMessagesNewestFirst(TestDatabase db) {
        JdbcOutboxStore outbox = new JdbcOutboxStore(db.jdbc());
        outbox.add(new OutboxMessage("SM00000000000000000000000000000001", "+4915112345678", "Trustframe", "one", NOW));
        outbox.add(new OutboxMessage("SM00000000000000000000000000000002", "+4915100000001", "Trustframe", "other",
                NOW));
        outbox.add(new OutboxMessage("SM00000000000000000000000000000003", "+4915112345678", "Trustframe", "two", NOW));

        assertThat(outbox.newestFirst(Optional.of("+4915112345678"), 10)).extracting(OutboxMessage::body)
                .containsExactly("two", "one");
        assertThat(outbox.newestFirst(Optional.empty(), 2)).extracting(OutboxMessage::body)
                .containsExactly("two", "other");
        assertThat(outbox.newestFirst(Optional.of("+4915112345678"), 10).get(0).dateCreated()).isEqualTo(NOW);
    }
}
