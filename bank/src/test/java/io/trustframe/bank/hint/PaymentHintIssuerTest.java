package io.trustframe.bank.hint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

class PaymentHintIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private HintSigningKey key() {
        return HintKeystore.load(folder.resolve("k.p12"), true, "pw".toCharArray(), "", "RS256", clock,
                new SecureRandom());
    }

    @Test
    void hintVerifiesWithThePublishedKeyAndCarriesThePayment() throws Exception {
        HintSigningKey key = key();
        PaymentHintIssuer issuer = new PaymentHintIssuer(key, "http://localhost:8080/", "client-1",
                Duration.ofMinutes(5), clock);

        String hint = issuer.issue(new PaymentHint("pay-1", "customer-7", "EUR 50.00", "John Doe",
                "DE89370400440532013000", NOW.plus(Duration.ofMinutes(15))));

        SignedJWT jwt = SignedJWT.parse(hint);
        RSAKey published = (RSAKey) JWKSet.parse(key.publicJwks().toString()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(published).isNotNull();
        assertThat(published.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getX509CertThumbprint()).isEqualTo(published.getX509CertThumbprint());
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/");
        assertThat(claims.getAudience()).containsExactly("client-1");
        assertThat(claims.getSubject()).isEqualTo("customer-7");
        assertThat(claims.getJWTID()).isEqualTo("pay-1");
        assertThat(claims.getStringClaim("amount")).isEqualTo("EUR 50.00");
        assertThat(claims.getStringClaim("payee")).isEqualTo("John Doe");
        assertThat(claims.getStringClaim("accountnumber")).isEqualTo("DE89370400440532013000");
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void hintNeverOutlivesItsPayment() throws Exception {
        PaymentHintIssuer issuer = new PaymentHintIssuer(key(), "http://bank/", "c", Duration.ofMinutes(5), clock);

        String hint = issuer.issue(new PaymentHint("pay-1", "c-1", "EUR 1.00", "P", "123456",
                NOW.plus(Duration.ofMinutes(2))));

        assertThat(SignedJWT.parse(hint).getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void noHintForAnExpiredPayment() {
        PaymentHintIssuer issuer = new PaymentHintIssuer(key(), "http://bank/", "c", Duration.ofMinutes(5), clock);

        assertThatThrownBy(() -> issuer.issue(new PaymentHint("pay-1", "c-1", "EUR 1.00", "P", "123456", NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
