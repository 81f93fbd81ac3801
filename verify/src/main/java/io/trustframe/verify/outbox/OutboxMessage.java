package io.trustframe.verify.outbox;

import java.time.Instant;

/** An SMS kept by the {@code outbox} delivery instead of being sent to a phone. */
public record OutboxMessage(String sid, String to, String from, String body, Instant dateCreated) {
}
