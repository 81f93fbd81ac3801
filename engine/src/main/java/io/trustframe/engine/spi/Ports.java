package io.trustframe.engine.spi;

import java.time.Clock;
import java.util.Objects;

/** Everything outside the engine that a journey may touch, handed to the engine once. */
public record Ports(Directory directory, HttpCaller http, PolicyKeys keys, OtpStore otps, SsoSessions sessions,
                    VerificationMail mail, Clock clock, Randomness randomness, VerificationSms sms,
                    ExecutionTrace trace) {

    /** Ports without a text-message sender (a phone-factor step cannot send its code) that trace nothing. */
    public Ports(Directory directory, HttpCaller http, PolicyKeys keys, OtpStore otps, SsoSessions sessions,
                 VerificationMail mail, Clock clock, Randomness randomness) {
        this(directory, http, keys, otps, sessions, mail, clock, randomness, VerificationSms.UNAVAILABLE);
    }

    /** Ports that trace nothing. */
    public Ports(Directory directory, HttpCaller http, PolicyKeys keys, OtpStore otps, SsoSessions sessions,
                 VerificationMail mail, Clock clock, Randomness randomness, VerificationSms sms) {
        this(directory, http, keys, otps, sessions, mail, clock, randomness, sms, ExecutionTrace.NONE);
    }

    public Ports {
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(otps, "otps");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(randomness, "randomness");
        Objects.requireNonNull(trace, "trace");
    }
}
