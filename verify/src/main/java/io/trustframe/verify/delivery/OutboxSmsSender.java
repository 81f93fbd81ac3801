package io.trustframe.verify.delivery;

import java.time.Clock;

import io.trustframe.verify.outbox.OutboxMessage;
import io.trustframe.verify.outbox.OutboxStore;

/** The default delivery: the SMS is stored in the outbox, where a person (/outbox) or a test can read it. */
public final class OutboxSmsSender implements SmsSender {

    private final OutboxStore outbox;
    private final Clock clock;

    public OutboxSmsSender(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(Sms sms) {
        outbox.add(new OutboxMessage(sms.sid(), sms.to(), sms.from(), sms.body(), clock.instant()));
    }
}
