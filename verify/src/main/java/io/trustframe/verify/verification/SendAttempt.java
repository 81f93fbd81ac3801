package io.trustframe.verify.verification;

import java.time.Instant;

/** One entry of a verification's {@code send_code_attempts}: the code went out once more. */
public record SendAttempt(String attemptSid, String channel, Instant time) {
}
