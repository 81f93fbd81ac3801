package io.trustframe.verify.outbox;

import java.util.List;
import java.util.Optional;

public interface OutboxStore {

    void add(OutboxMessage message);

    /** Messages to one number (or to all, when empty), newest first. */
    List<OutboxMessage> newestFirst(Optional<String> to, int limit);
}
