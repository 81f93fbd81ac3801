package io.trustframe.verify.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.verify.PhoneNumbers;
import io.trustframe.verify.PhoneNumbers.LineType;
import io.trustframe.verify.RandomSource;
import io.trustframe.verify.TwilioError;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.delivery.DeliveryException;
import io.trustframe.verify.delivery.Sms;
import io.trustframe.verify.delivery.SmsSender;
import io.trustframe.verify.service.ServiceStore;
import io.trustframe.verify.service.VerifyService;

/**
 * Starts, checks, fetches and settles verifications, with Twilio's limits: five sends and five checks per
 * verification (PSD2 RTS Art. 4(3)(b): at most five failed tries), a validity of ten minutes by default
 * (Art. 4(3)(d)), and under PSD2 a code that only approves the amount and payee it was sent for (Art. 5).
 */
public final class Verifier {

    /** Twilio: "You have attempted to send the verification code more than 5 times". */
    static final int MAX_SENDS = 5;
    /** Twilio: "You have 5 attempts to check a verification code". */
    static final int MAX_CHECKS = 5;

    private final ServiceStore services;
    private final VerificationStore verifications;
    private final VerificationCodes codes;
    private final SmsSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RandomSource random;
    private final Duration ttl;
    private final String smsFrom;

    public Verifier(ServiceStore services, VerificationStore verifications, VerificationCodes codes, SmsSender sender,
                    TransactionTemplate transactions, Clock clock, RandomSource random, Duration ttl, String smsFrom) {
        this.services = services;
        this.verifications = verifications;
        this.codes = codes;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.ttl = ttl;
        this.smsFrom = smsFrom;
    }

    /**
     * Sends a code. While a verification is pending for the number it is reused: the same code goes out again and a
     * send attempt is added, up to {@link #MAX_SENDS}. Delivery failure rolls everything back.
     */
    public Verification start(Account account, String serviceSid, StartRequest request) {
        VerifyService service = service(account, serviceSid);
        if (service.psd2Enabled() && "call".equals(request.channel())) {
            throw TwilioError.CALL_CHANNEL_WITH_PSD2.exception();
        }
        if (!"sms".equals(request.channel()) && !"auto".equals(request.channel())) {
            throw TwilioError.CHANNEL_DISABLED.exception("Delivery channel disabled: " + request.channel());
        }
        if (service.psd2Enabled() && (request.amount().isEmpty() || request.payee().isEmpty())) {
            throw TwilioError.PSD2_PARAMETERS_REQUIRED.exception();
        }
        if (request.customCode().isPresent() && !service.customCodeEnabled()) {
            throw TwilioError.FEATURE_NOT_ENABLED.exception();
        }
        LineType lineType = PhoneNumbers.lineType(request.to());
        if (service.skipSmsToLandlines() && lineType == LineType.LANDLINE) {
            throw TwilioError.SMS_TO_LANDLINE.exception();
        }
        try {
            return transactions.execute(status -> send(service, request, lineType));
        } catch (DuplicateKeyException e) {
            throw TwilioError.CONCURRENT_REQUESTS.exception();
        }
    }

    private Verification send(VerifyService service, StartRequest request, LineType lineType) {
        Instant now = clock.instant();
        Optional<Verification> pending = verifications.findLiveForUpdate(service.sid(), request.to())
                .filter(existing -> settleIfStale(existing, request, now));
        if (pending.isPresent() && pending.get().status() == VerificationStatus.MAX_ATTEMPTS_REACHED) {
            throw TwilioError.MAX_CHECK_ATTEMPTS.exception("Max check attempts reached");
        }
        SendAttempt attempt = new SendAttempt(random.sid("VL"), "sms", now);
        Verification verification;
        String code;
        if (pending.isPresent()) {
            Verification existing = pending.get();
            if (existing.sendCodeAttempts().size() >= MAX_SENDS) {
                throw TwilioError.MAX_SEND_ATTEMPTS.exception();
            }
            code = resentCode(existing, request);
            verifications.addSendAttempt(existing.sid(), attempt);
            verification = existing.withSendAttempt(attempt);
        } else {
            String seed = request.customCode().isPresent() ? null : codes.newSeed();
            code = request.customCode().orElseGet(() -> codes.code(seed, service.codeLength()));
            String salt = codes.newSalt();
            boolean psd2 = service.psd2Enabled();
            verification = new Verification(random.sid("VE"), service.sid(), service.accountSid(), request.to(), "sms",
                    VerificationStatus.PENDING, salt, codes.hash(salt, code), seed, code.length(),
                    psd2 ? request.amount().orElseThrow() : null, psd2 ? request.payee().orElseThrow() : null,
                    request.locale().orElse(null), service.lookupEnabled() ? lineType : null, 0, now.plus(ttl), now,
                    now, List.of(attempt));
            verifications.insert(verification);
        }
        String body = VerificationMessages.compose(request.locale().orElse(verification.locale()),
                request.customFriendlyName().orElse(service.friendlyName()), code, verification.amount(),
                verification.payee(), service.doNotShareWarningEnabled());
        try {
            sender.send(new Sms(random.sid("SM"), verification.to(), smsFrom, body, true));
        } catch (DeliveryException e) {
            throw TwilioError.VERIFICATION_DELIVERY_FAILED.exception(
                    "Downstream Carrier Error: the verification code could not be delivered");
        }
        return verification;
    }

    /**
     * Settles a live verification that can no longer be reused, and says whether it still can: an expired one is
     * marked expired; under PSD2 a pending one for another amount or payee is canceled, since its code must not
     * approve a changed payment (RTS Art. 5(1)(d)). One locked after too many checks stays until it expires.
     */
    private boolean settleIfStale(Verification existing, StartRequest request, Instant now) {
        if (existing.isExpired(now)) {
            verifications.update(existing.withStatus(VerificationStatus.EXPIRED, now));
            return false;
        }
        boolean otherPayment = existing.amount() != null
                && (!existing.amount().equals(request.amount().orElse(null))
                        || !existing.payee().equals(request.payee().orElse(null)));
        if (existing.status() == VerificationStatus.PENDING && otherPayment) {
            verifications.update(existing.withStatus(VerificationStatus.CANCELED, now));
            return false;
        }
        return true;
    }

    /** The code of a pending verification, for a resend: re-derived, or the custom code sent again. */
    private String resentCode(Verification existing, StartRequest request) {
        if (!existing.hasCustomCode()) {
            if (request.customCode().isPresent()) {
                throw TwilioError.invalidParameter("CustomCode");
            }
            return codes.code(existing.codeSeed(), existing.codeLength());
        }
        String custom = request.customCode().orElseThrow(() -> TwilioError.invalidParameter("CustomCode"));
        if (!codes.matches(custom, existing.codeSalt(), existing.codeHash())) {
            throw TwilioError.invalidParameter("CustomCode");
        }
        return custom;
    }

    /**
     * Checks a code. A wrong code (or, under PSD2, a different Amount or Payee) leaves the verification pending with
     * {@code valid=false}; the check after {@link #MAX_CHECKS} is answered 60202 and spends the verification: it can
     * no longer be approved, and checks and new sends to the number get 60202 until it expires.
     */
    public Verification check(Account account, String serviceSid, CheckRequest request) {
        VerifyService service = service(account, serviceSid);
        CheckOutcome outcome = transactions.execute(status -> checkInTransaction(service, request));
        if (Objects.requireNonNull(outcome) instanceof CheckOutcome.Checked checked) {
            return checked.verification();
        }
        throw outcome instanceof CheckOutcome.TooManyAttempts
                ? TwilioError.MAX_CHECK_ATTEMPTS.exception("Max check attempts reached")
                : TwilioError.NOT_FOUND.exception();
    }

    private CheckOutcome checkInTransaction(VerifyService service, CheckRequest request) {
        Instant now = clock.instant();
        Optional<Verification> found = request.verificationSid().isPresent()
                ? verifications.findForUpdate(service.sid(), request.verificationSid().get())
                : verifications.findLiveForUpdate(service.sid(), request.to().orElseThrow());
        if (found.isEmpty()) {
            return new CheckOutcome.NotFound();
        }
        Verification verification = found.get();
        boolean live = verification.status() == VerificationStatus.PENDING
                || verification.status() == VerificationStatus.MAX_ATTEMPTS_REACHED;
        if (!live) {
            return new CheckOutcome.NotFound();
        }
        if (verification.isExpired(now)) {
            verifications.update(verification.withStatus(VerificationStatus.EXPIRED, now));
            return new CheckOutcome.NotFound();
        }
        // Twilio keeps answering 60202 until the verification expires, so a client retrying a 429 sees it again.
        if (verification.status() == VerificationStatus.MAX_ATTEMPTS_REACHED) {
            return new CheckOutcome.TooManyAttempts();
        }
        if (verification.checkAttempts() >= MAX_CHECKS) {
            verifications.update(verification.withStatus(VerificationStatus.MAX_ATTEMPTS_REACHED, now));
            return new CheckOutcome.TooManyAttempts();
        }
        boolean codeMatches = codes.matches(request.code(), verification.codeSalt(), verification.codeHash());
        boolean linked = verification.amount() == null || (verification.amount().equals(request.amount().orElse(null))
                        && verification.payee().equals(request.payee().orElse(null)));
        Verification checked = verification.withCheckAttempt(now);
        if (codeMatches && linked) {
            checked = checked.withStatus(VerificationStatus.APPROVED, now);
        }
        verifications.update(checked);
        return new CheckOutcome.Checked(checked);
    }

    /** A pending verification; settled or expired ones are gone, as on Twilio (20404). */
    public Verification fetch(Account account, String serviceSid, String sid) {
        service(account, serviceSid);
        return verifications.find(serviceSid, sid).filter(v -> v.isPending(clock.instant()))
                .orElseThrow(TwilioError.NOT_FOUND::exception);
    }

    /** Settles a pending verification as {@code canceled} or {@code approved} (the latter for custom-code flows). */
    public Verification update(Account account, String serviceSid, String sid, Optional<String> status) {
        service(account, serviceSid);
        VerificationStatus target = status.map(String::strip)
                .filter(value -> value.equals("canceled") || value.equals("approved"))
                .map(VerificationStatus::of)
                .orElseThrow(() -> TwilioError.invalidParameter("Status"));
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            Verification verification = verifications.findForUpdate(serviceSid, sid)
                    .filter(v -> v.isPending(now))
                    .orElseThrow(TwilioError.NOT_FOUND::exception);
            Verification settled = verification.withStatus(target, now);
            verifications.update(settled);
            return settled;
        });
    }

    private VerifyService service(Account account, String serviceSid) {
        return services.find(account.sid(), serviceSid).orElseThrow(TwilioError.NOT_FOUND::exception);
    }
}
