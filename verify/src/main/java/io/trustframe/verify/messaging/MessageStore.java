package io.trustframe.verify.messaging;

import java.util.List;
import java.util.Optional;

public interface MessageStore {

    void insert(Message message);

    /** Saves status, sender, error and dates. */
    void update(Message message);

    Optional<Message> find(String accountSid, String sid);

    /** The account's messages, newest first, optionally only those to and/or from a number. */
    List<Message> list(String accountSid, Optional<String> to, Optional<String> from, int offset, int limit);
}
