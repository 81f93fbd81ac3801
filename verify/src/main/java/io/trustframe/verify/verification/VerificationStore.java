package io.trustframe.verify.verification;

import java.util.Optional;

/**
 * Where verifications and their send attempts live. The {@code …ForUpdate} lookups lock the row until the
 * surrounding transaction ends, so concurrent sends and checks of one verification count every attempt.
 */
public interface VerificationStore {

    /** Stores a new verification with its send attempts; fails with DuplicateKeyException if one is already live. */
    void insert(Verification verification);

    void addSendAttempt(String verificationSid, SendAttempt attempt);

    /** Saves status, check counter and date_updated. */
    void update(Verification verification);

    Optional<Verification> find(String serviceSid, String sid);

    Optional<Verification> findForUpdate(String serviceSid, String sid);

    /**
     * The live verification for the number under the service: pending or locked after too many checks, possibly
     * past its expiry but not yet marked so.
     */
    Optional<Verification> findLiveForUpdate(String serviceSid, String to);
}
