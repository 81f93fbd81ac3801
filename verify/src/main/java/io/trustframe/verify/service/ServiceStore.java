package io.trustframe.verify.service;

import java.util.List;
import java.util.Optional;

/** Where Verify Services live. Every lookup is scoped to the owning account. */
public interface ServiceStore {

    void insert(VerifyService service);

    void update(VerifyService service);

    Optional<VerifyService> find(String accountSid, String sid);

    /** The account's services, newest first. */
    List<VerifyService> list(String accountSid, int offset, int limit);

    /** Deletes the service and its verifications; false when there was none. */
    boolean delete(String accountSid, String sid);
}
