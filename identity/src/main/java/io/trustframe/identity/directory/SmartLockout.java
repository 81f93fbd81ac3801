package io.trustframe.identity.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * B2C's smart lockout of local accounts: after {@code threshold} wrong passwords in a row the account is locked for
 * {@code duration}; each further lockout before a successful sign-in lasts twice as long as the one before (B2C: "if
 * an account locks repeatedly, the duration increases"), up to {@code maxDuration}. Attempts during a lockout are
 * refused without being counted, and a successful sign-in clears the record. Like Entra's smart lockout, the same
 * wrong password typed again is not counted again: the last three wrong passwords are remembered (as keyed
 * fingerprints), so a user retrying a stale saved password does not lock themself out.
 */
public record SmartLockout(int threshold, Duration duration, Duration maxDuration) {

    public SmartLockout {
        if (threshold < 1 || duration.isNegative() || duration.isZero() || maxDuration.compareTo(duration) < 0) {
            throw new IllegalArgumentException("lockout threshold must be at least 1 and durations positive, max >= duration");
        }
    }

    /** How many distinct wrong passwords are remembered. */
    static final int REMEMBERED_WRONG_PASSWORDS = 3;

    /** The counters of one account; {@code recentWrongPasswords} are fingerprints, newest last. */
    public record Counters(int failedSignIns, int lockouts, Instant lockedUntil, List<String> recentWrongPasswords) {

        public static final Counters CLEAR = new Counters(0, 0, null, List.of());

        public Counters {
            recentWrongPasswords = List.copyOf(recentWrongPasswords);
        }

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /**
     * The counters after a wrong password (given by its fingerprint) at {@code now}: unchanged when the same wrong
     * password was among the last ones, else one more failure, locked when it reached the threshold.
     */
    public Counters afterFailure(Counters counters, String wrongPassword, Instant now) {
        if (counters.recentWrongPasswords().contains(wrongPassword)) {
            return counters;
        }
        List<String> recent = new ArrayList<>(counters.recentWrongPasswords());
        recent.add(wrongPassword);
        if (recent.size() > REMEMBERED_WRONG_PASSWORDS) {
            recent.remove(0);
        }
        int failed = counters.failedSignIns() + 1;
        if (failed < threshold) {
            return new Counters(failed, counters.lockouts(), counters.lockedUntil(), recent);
        }
        int lockouts = counters.lockouts() + 1;
        return new Counters(0, lockouts, now.plus(lockoutLength(lockouts)), recent);
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
