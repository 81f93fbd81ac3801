package io.trustframe.identity.directory;

import java.time.Duration;
import java.time.Instant;

/**
 * B2C's smart lockout of local accounts: after {@code threshold} wrong passwords in a row the account is locked for
 * {@code duration}; each further lockout before a successful sign-in lasts twice as long as the one before (B2C: "if
 * an account locks repeatedly, the duration increases"), up to {@code maxDuration}. Attempts during a lockout are
 * refused without being counted, and a successful sign-in clears the record.
 */
public record SmartLockout(int threshold, Duration duration, Duration maxDuration) {

    public SmartLockout {
        if (threshold < 1 || duration.isNegative() || duration.isZero() || maxDuration.compareTo(duration) < 0) {
            throw new IllegalArgumentException("lockout threshold must be at least 1 and durations positive, max >= duration");
        }
    }

    /** The counters of one account. */
    public record Counters(int failedSignIns, int lockouts, Instant lockedUntil) {

        public static final Counters CLEAR = new Counters(0, 0, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The counters after one more wrong password at {@code now}; locked when it reached the threshold. */
    public Counters afterFailure(Counters counters, Instant now) {
        int failed = counters.failedSignIns() + 1;
        if (failed < threshold) {
            return new Counters(failed, counters.lockouts(), counters.lockedUntil());
        }
        int lockouts = counters.lockouts() + 1;
        return new Counters(0, lockouts, now.plus(lockoutLength(lockouts)));
    }

    /** How long the {@code n}-th consecutive lockout lasts: duration, 2 × duration, 4 × …, at most maxDuration. */
    Duration lockoutLength(int n) {
        Duration length = duration;
        for (int i = 1; i < n && length.compareTo(maxDuration) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxDuration) > 0 ? maxDuration : length;
    }
}
