package io.trustframe.verify.messaging;

import java.time.Instant;

/**
 * A Messages API message (Programmable Messaging's Message resource, outbound only).
 *
 * @param from                null until a sender is chosen for a Messaging Service, as on Twilio
 * @param status              Twilio's message status: queued, accepted, sent, failed
 */
public record Message(
        String sid,
        String accountSid,
        String to,
        String from,
        String messagingServiceSid,
        String body,
        String status,
        int numSegments,
        Integer errorCode,
        String errorMessage,
        Instant dateCreated,
        Instant dateUpdated,
        Instant dateSent) {

    public Message sent(String sender, Instant now) {
        return new Message(sid, accountSid, to, sender, messagingServiceSid, body, "sent", numSegments, null, null,
                dateCreated, now, now);
    }
}
