package io.trustframe.bank.hint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs the id_token_hint that carries a pending payment to the step-up policy. The identity service checks it
 * like B2C's id_token_hint technical profile does: signature against {@code jwks_uri} of the bank's metadata,
 * issuer, audience, {@code nbf}/{@code exp}.
 */
public final class PaymentHintIssuer {

    private final HintSigningKey key;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;
    private final RSASSASigner signer;

    /**
     * @param issuer   the bank's public URL, as in its own metadata
     * @param audience who the hint is for: the bank's client id, what the step-up policy expects
     * @param lifetime how long a hint lives; minutes, because it authorises one payment (the walkthrough used 7 days)
     */
    public PaymentHintIssuer(HintSigningKey key, String issuer, String audience, Duration lifetime, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key.key());
        } catch (JOSEException e) {
            throw new HintKeyException("the hint signing key cannot sign: " + e.getMessage(), e);
        }
    }

    /** A signed, compact JWT for the payment; it expires after the hint lifetime or with the payment, whichever is first. */
    public String issue(PaymentHint hint) {
        Instant now = clock.instant();
        Instant expiry = now.plus(lifetime);
        if (hint.notAfter().isBefore(expiry)) {
            expiry = hint.notAfter();
        }
        if (!expiry.isAfter(now)) {
            throw new IllegalArgumentException("payment " + hint.paymentId() + " has expired; no hint is issued for it");
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(hint.customer())
                .jwtID(hint.paymentId())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .claim(PaymentHint.AMOUNT, hint.amount())
                .claim(PaymentHint.PAYEE, hint.payee())
                .claim(PaymentHint.ACCOUNT_NUMBER, hint.accountNumber())
                .build();
        JWSHeader header = new JWSHeader.Builder(key.algorithm())
                .type(JOSEObjectType.JWT)
                .keyID(key.key().getKeyID())
                .x509CertThumbprint(key.key().getX509CertThumbprint())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the hint for payment " + hint.paymentId(), e);
        }
        return jwt.serialize();
    }
}
