package io.trustframe.engine.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * Codes of B2C's OneTimePasswordProtocolProvider by identifier (the claim the code is bound to, e.g. an email).
 * Kept outside the journey state so a code never travels in it.
 */
public interface OtpStore {

    void put(String identifier, OtpEntry entry);

    Optional<OtpEntry> get(String identifier);

    void remove(String identifier);

    /** One issued code: when it expires, how many codes were generated in this window and how many checks failed. */
    record OtpEntry(String code, Instant expiresAt, int generated, int failedAttempts) {
    }
}
