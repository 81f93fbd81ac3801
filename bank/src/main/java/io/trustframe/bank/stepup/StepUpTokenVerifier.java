package io.trustframe.bank.stepup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.trustframe.bank.hint.PaymentHint;
import io.trustframe.bank.payments.Payment;
import io.trustframe.bank.payments.PaymentState;

/**
 * Decides whether the id_token that comes back from the step-up policy authorises the pending payment. This is the
 * bank's own layer of dynamic linking (PSD2 RTS Art. 5): even if everything before it were fooled, a token for
 * another amount, payee, account or customer does not pay.
 */
public final class StepUpTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(StepUpTokenVerifier.class);

    /** Tolerated clock difference between the identity service and the bank. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final IdentityMetadataSource identity;
    private final String stepUpPolicy;
    private final String clientId;
    private final String tenantId;
    private final Predicate<String> usedTokens;
    private final Clock clock;
    private final boolean accountNumberOptional;

    /**
     * @param stepUpPolicy the policy whose tokens authorise payments
     * @param clientId     the bank's client id: the audience of the tokens
     * @param tenantId     the tenant's GUID, which a token that names its tenant must name
     * @param usedTokens   whether a token id was accepted before
     */
    public StepUpTokenVerifier(IdentityMetadataSource identity, String stepUpPolicy, String clientId, String tenantId,
            Predicate<String> usedTokens, Clock clock) {
        this(identity, stepUpPolicy, clientId, tenantId, usedTokens, clock, false);
    }

    /**
     * @param accountNumberOptional whether a token without {@code accountnumber} may authorise a payment (for step-up
     *                              policies such as the walkthrough's that bind only amount and payee); a token that
     *                              carries the claim must still carry the payment's account
     */
    public StepUpTokenVerifier(IdentityMetadataSource identity, String stepUpPolicy, String clientId, String tenantId,
            Predicate<String> usedTokens, Clock clock, boolean accountNumberOptional) {
        this.identity = identity;
        this.stepUpPolicy = stepUpPolicy;
        this.clientId = clientId;
        this.tenantId = tenantId;
        this.usedTokens = usedTokens;
        this.clock = clock;
        this.accountNumberOptional = accountNumberOptional;
    }

    public StepUpDecision verify(StepUpResponse response) {
        IdentityMetadata metadata;
        try {
            metadata = identity.metadata(stepUpPolicy);
        } catch (IdentityUnavailableException e) {
            log.warn("step-up for payment {} not checked: {}", response.payment().id(), e.getMessage());
            return new StepUpDecision.Refused(Refusal.IDENTITY_UNAVAILABLE);
        }
        JWTClaimsSet claims;
        try {
            claims = signedClaims(response.idToken(), metadata);
        } catch (IdentityUnavailableException | KeySourceException e) {
            // The keys could not be fetched: nothing is known about the token, so it is not called invalid.
            log.warn("step-up for payment {} not checked: {}", response.payment().id(), e.getMessage());
            return new StepUpDecision.Refused(Refusal.IDENTITY_UNAVAILABLE);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            log.info("step-up token for payment {} refused: {}", response.payment().id(), e.getMessage());
            return new StepUpDecision.Refused(Refusal.INVALID_TOKEN);
        }
        String tokenId = tokenId(response.idToken());
        // Before anything else about the token: a replayed token must say so, not "wrong nonce" or "expired".
        if (usedTokens.test(tokenId)) {
            return new StepUpDecision.Refused(Refusal.TOKEN_REPLAYED);
        }
        Instant now = clock.instant();
        if (!isGenuineAndFresh(claims, metadata, response, now)) {
            return new StepUpDecision.Refused(Refusal.INVALID_TOKEN);
        }
        if (!namesStepUpPolicy(claims)) {
            return new StepUpDecision.Refused(Refusal.WRONG_POLICY);
        }
        Payment payment = response.payment();
        if (!response.customer().equals(claims.getSubject()) || !response.customer().equals(payment.customer())) {
            return new StepUpDecision.Refused(Refusal.WRONG_CUSTOMER);
        }
        PaymentHint expected = payment.hint();
        String amount = stringClaim(claims, PaymentHint.AMOUNT);
        String payee = stringClaim(claims, PaymentHint.PAYEE);
        String account = stringClaim(claims, PaymentHint.ACCOUNT_NUMBER);
        if (account == null && accountNumberOptional) {
            // The policy did not echo the account: it stays what the bank's own hint named, unconfirmed by the code.
            account = expected.accountNumber();
        }
        if (!expected.amount().equals(amount) || !expected.payee().equals(payee)
                || !expected.accountNumber().equals(account)) {
            return new StepUpDecision.Refused(Refusal.PAYMENT_MISMATCH);
        }
        if (payment.state() != PaymentState.PENDING) {
            return new StepUpDecision.Refused(Refusal.PAYMENT_NOT_PENDING);
        }
        if (payment.isExpiredAt(now)) {
            return new StepUpDecision.Refused(Refusal.PAYMENT_EXPIRED);
        }
        return new StepUpDecision.Accepted(
                new StepUpAuthorization(payment.id(), tokenId, claims.getSubject(), amount, payee, account));
    }

    /**
     * The id under which an accepted token is remembered: the SHA-256 of the token itself, because B2C-shaped
     * id_tokens carry no {@code jti}; any other token, even with the same claims, has another id.
     */
    public static String tokenId(String idToken) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(idToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private JWTClaimsSet signedClaims(String idToken, IdentityMetadata metadata)
            throws ParseException, BadJOSEException, JOSEException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // RS256 only, as B2C signs: no "none", no HMAC with a public key as secret.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, identity.keys(metadata)));
        // Time and audience are checked below against the injected clock, with reasons of our own.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor.process(idToken, null);
    }

    private boolean isGenuineAndFresh(JWTClaimsSet claims, IdentityMetadata metadata, StepUpResponse response,
            Instant now) {
        Date expiry = claims.getExpirationTime();
        Date notBefore = claims.getNotBeforeTime();
        Date issuedAt = claims.getIssueTime();
        boolean genuine = metadata.issuer().equals(claims.getIssuer())
                && claims.getAudience() != null && claims.getAudience().contains(clientId)
                && claims.getSubject() != null;
        boolean fresh = expiry != null && expiry.toInstant().plus(CLOCK_SKEW).isAfter(now)
                && (notBefore == null || !notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now))
                && (issuedAt == null || !issuedAt.toInstant().minus(CLOCK_SKEW).isAfter(now));
        boolean sameRequest = response.nonce().map(nonce -> nonce.equals(stringClaim(claims, "nonce"))).orElse(true);
        return genuine && fresh && sameRequest && ofOurTenant(claims);
    }

    /**
     * The walkthrough's step-up policy issues {@code tenantId} ({@code {Policy:TenantObjectId}}) and Azure AD-style
     * tokens carry {@code tid}; when a token names its tenant, it must be the bank's ({@code ida:TenantId}).
     */
    private boolean ofOurTenant(JWTClaimsSet claims) {
        for (String name : new String[] {"tenantId", "tid"}) {
            String tenant = stringClaim(claims, name);
            if (tenant != null && !tenant.equalsIgnoreCase(tenantId)) {
                return false;
            }
        }
        return true;
    }

    /** B2C names the policy in {@code tfp} or {@code acr} (a per-policy setting); policy ids compare case-insensitively. */
    private boolean namesStepUpPolicy(JWTClaimsSet claims) {
        return stepUpPolicy.equalsIgnoreCase(Objects.toString(stringClaim(claims, "tfp"), ""))
                || stepUpPolicy.equalsIgnoreCase(Objects.toString(stringClaim(claims, "acr"), ""));
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }
}
