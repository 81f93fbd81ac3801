package io.trustframe.verify.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.verify.Form;
import io.trustframe.verify.PhoneNumbers;
import io.trustframe.verify.RandomSource;
import io.trustframe.verify.TwilioError;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.delivery.DeliveryException;
import io.trustframe.verify.delivery.Sms;
import io.trustframe.verify.delivery.SmsSender;

/** The Messages API: sends an SMS and keeps it as a Message resource of the account. */
public final class Messenger {

    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    /** Alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final int MAX_BODY = 1600;

    private final MessageStore store;
    private final SmsSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RandomSource random;
    private final List<String> senderIds;
    private final String defaultSender;

    /**
     * @param senderIds     the only From values accepted, or empty for any well-formed sender
     * @param defaultSender what a Messaging Service "chooses" as sender when no From is given
     */
    public Messenger(MessageStore store, SmsSender sender, TransactionTemplate transactions, Clock clock,
                     RandomSource random, List<String> senderIds, String defaultSender) {
        this.store = store;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.senderIds = List.copyOf(senderIds);
        this.defaultSender = defaultSender;
    }

    /**
     * Creates and delivers a message. The answer is the resource as Twilio returns it on creation ({@code queued},
     * or {@code accepted} for a Messaging Service with no From); the stored message moves on to {@code sent}. If
     * delivery fails nothing is kept and the caller gets {@link TwilioError#MESSAGE_DELIVERY_FAILED}.
     */
    public Message send(Account account, Form form) {
        String to = form.text("To").orElseThrow(TwilioError.TO_REQUIRED::exception);
        String recipient = PhoneNumbers.e164(to).orElseThrow(() -> TwilioError.INVALID_TO_NUMBER.exception(
                "The 'To' number " + to + " is not a valid phone number."));
        Optional<String> messagingService = form.text("MessagingServiceSid");
        Optional<String> from = form.text("From").map(this::sender);
        if (from.isEmpty() && messagingService.isEmpty()) {
            throw TwilioError.FROM_REQUIRED.exception();
        }
        messagingService.filter(sid -> !MESSAGING_SERVICE_SID.matcher(sid).matches()).ifPresent(sid -> {
            throw TwilioError.INVALID_MESSAGING_SERVICE_SID.exception(
                    "The Messaging Service Sid " + sid + " is invalid");
        });
        String body = form.text("Body").orElseThrow(TwilioError.BODY_REQUIRED::exception);
        if (body.length() > MAX_BODY) {
            throw TwilioError.BODY_TOO_LONG.exception();
        }
        Instant now = clock.instant();
        Message created = new Message(random.sid("SM"), account.sid(), recipient, from.orElse(null),
                messagingService.orElse(null), body, from.isPresent() ? "queued" : "accepted", Segments.count(body),
                null, null, now, now, null);
        String actualSender = from.orElse(defaultSender);
        transactions.executeWithoutResult(status -> {
            store.insert(created);
            try {
                sender.send(new Sms(created.sid(), recipient, actualSender, body, false));
            } catch (DeliveryException e) {
                throw TwilioError.MESSAGE_DELIVERY_FAILED.exception(
                        "Unknown error: the message could not be delivered");
            }
            store.update(created.sent(actualSender, clock.instant()));
        });
        return created;
    }

    public Message fetch(Account account, String sid) {
        return store.find(account.sid(), sid).orElseThrow(TwilioError.NOT_FOUND::exception);
    }

    public List<Message> list(Account account, Optional<String> to, Optional<String> from, int offset, int limit) {
        return store.list(account.sid(), to.map(number -> PhoneNumbers.e164(number).orElse(number)),
                from.map(number -> PhoneNumbers.e164(number).orElse(number)), offset, limit);
    }

    private String sender(String from) {
        String normalized = from.startsWith("+") ? PhoneNumbers.e164(from).orElse(null)
                : ALPHANUMERIC_SENDER.matcher(from).matches() ? from : null;
        if (normalized == null) {
            throw TwilioError.INVALID_FROM_NUMBER.exception("The 'From' number " + from
                    + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
        }
        if (!senderIds.isEmpty() && !senderIds.contains(normalized)) {
            throw TwilioError.FROM_NOT_MESSAGE_CAPABLE.exception();
        }
        return normalized;
    }
}
