package io.trustframe.verify.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trustframe.verify.PhoneNumbers.LineType;

/**
 * A verification: one code sent (and possibly resent) to one number under one service. The code is held only as
 * {@link #codeSalt}/{@link #codeHash}, plus {@link #codeSeed} from which a generated code is re-derived on resend.
 *
 * @param amount     PSD2 dynamic linking: the amount the code is bound to (null outside PSD2)
 * @param payee      PSD2 dynamic linking: the payee the code is bound to (null outside PSD2)
 * @param lookupType the line type reported under {@code lookup} when the service has Lookup enabled
 */
public record Verification(
        String sid,
        String serviceSid,
        String accountSid,
        String to,
        String channel,
        VerificationStatus status,
        String codeSalt,
        String codeHash,
        String codeSeed,
        int codeLength,
        String amount,
        String payee,
        String locale,
        LineType lookupType,
        int checkAttempts,
        Instant expiresAt,
        Instant dateCreated,
        Instant dateUpdated,
        List<SendAttempt> sendCodeAttempts) {

    public Verification {
        sendCodeAttempts = List.copyOf(sendCodeAttempts);
    }

    public boolean isPending(Instant now) {
        return status == VerificationStatus.PENDING && now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean hasCustomCode() {
        return codeSeed == null;
    }

    public Verification withStatus(VerificationStatus newStatus, Instant now) {
        return new Verification(sid, serviceSid, accountSid, to, channel, newStatus, codeSalt, codeHash, codeSeed,
                codeLength, amount, payee, locale, lookupType, checkAttempts, expiresAt, dateCreated, now,
                sendCodeAttempts);
    }

    public Verification withCheckAttempt(Instant now) {
        return new Verification(sid, serviceSid, accountSid, to, channel, status, codeSalt, codeHash, codeSeed,
                codeLength, amount, payee, locale, lookupType, checkAttempts + 1, expiresAt, dateCreated, now,
                sendCodeAttempts);
    }

    public Verification withSendAttempt(SendAttempt attempt) {
        List<SendAttempt> attempts = new ArrayList<>(sendCodeAttempts);
        attempts.add(attempt);
        return new Verification(sid, serviceSid, accountSid, to, channel, status, codeSalt, codeHash, codeSeed,
                codeLength, amount, payee, locale, lookupType, checkAttempts, expiresAt, dateCreated, attempt.time(),
                attempts);
    }
}
