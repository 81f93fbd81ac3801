package io.trustframe.bank.hint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;

class HintKeystoreTest {

    private static final char[] PASSWORD = "secret".toCharArray();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path folder;

    @Test
    void generatesADevelopmentCertificateOnFirstRunAndKeepsIt() {
        Path keystore = folder.resolve("bank/hint-signing.p12");

        HintSigningKey first = HintKeystore.load(keystore, true, PASSWORD, "", "RS256", clock, random);
        HintSigningKey second = HintKeystore.load(keystore, true, PASSWORD, "", "RS256", clock, random);

        assertThat(keystore).exists();
        assertThat(second.thumbprint()).isEqualTo(first.thumbprint()).matches("[0-9A-F]{40}");
        assertThat(second.key().toPublicJWK()).isEqualTo(first.key().toPublicJWK());
        assertThat(first.key().getModulus().decode().length * 8).isEqualTo(2048);
        assertThat(first.key().getKeyID()).isEqualTo(first.thumbprint());
        assertThat(first.key().getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(first.key().getX509CertChain()).hasSize(1);
        assertThat(first.key().getX509CertThumbprint()).isNotNull();
    }

    @Test
    void choosesTheKeyWhoseCertificateHasTheConfiguredThumbprint() throws Exception {
        Path keystore = folder.resolve("two.p12");
        DevelopmentCertificate one = DevelopmentCertificate.generate(clock, random);
        DevelopmentCertificate two = DevelopmentCertificate.generate(clock, random);
        write(keystore, one, two);
        String thumbprintOfTwo = HintKeystore.sha1Thumbprint(two.certificate());
        // As a certificate viewer shows it: lower case, bytes separated by colons.
        String asTyped = thumbprintOfTwo.toLowerCase().replaceAll("(..)(?!$)", "$1:");

        HintSigningKey key = HintKeystore.load(keystore, false, PASSWORD, asTyped, "RS256", clock, random);

        assertThat(key.thumbprint()).isEqualTo(thumbprintOfTwo);
        assertThat(key.key().toRSAPublicKey()).isEqualTo(two.certificate().getPublicKey());
    }

    @Test
    void refusesToStartWhenTheThumbprintNamesNoKey() {
        Path keystore = folder.resolve("hint-signing.p12");
        HintKeystore.load(keystore, true, PASSWORD, "", "RS256", clock, random);

        assertThatThrownBy(() -> HintKeystore.load(keystore, true, PASSWORD,
                "4F39D6014818082CBB763E5BA5F230E545212E89", "RS256", clock, random))
                .isInstanceOf(HintKeyException.class)
                .hasMessageContaining("signing-cert-thumbprint 4F39D6014818082CBB763E5BA5F230E545212E89 names no key");
    }

    @Test
    void refusesToGuessBetweenSeveralKeysWithoutAThumbprint() throws Exception {
        Path keystore = folder.resolve("two.p12");
        write(keystore, DevelopmentCertificate.generate(clock, random), DevelopmentCertificate.generate(clock, random));

        assertThatThrownBy(() -> HintKeystore.load(keystore, false, PASSWORD, "", "RS256", clock, random))
                .isInstanceOf(HintKeyException.class)
                .hasMessageContaining("holds 2 keys");
    }

    @Test
    void refusesAConfiguredKeystoreThatDoesNotExist() {
        assertThatThrownBy(() -> HintKeystore.load(folder.resolve("missing.p12"), false, PASSWORD, "", "RS256",
                clock, random))
                .isInstanceOf(HintKeyException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void refusesAnAlgorithmThatAnRsaCertificateCannotSignWith() {
        assertThatThrownBy(() -> HintKeystore.load(folder.resolve("k.p12"), true, PASSWORD, "", "HS256", clock, random))
                .isInstanceOf(HintKeyException.class)
                .hasMessageContaining("signing-cert-algorithm HS256 is not supported");
    }

    @Test
    void signsWithTheConfiguredAlgorithm() {
        HintSigningKey key = HintKeystore.load(folder.resolve("k.p12"), true, PASSWORD, "", "ps256", clock, random);

        assertThat(key.algorithm()).isEqualTo(JWSAlgorithm.PS256);
        assertThat(key.key().getAlgorithm()).isEqualTo(JWSAlgorithm.PS256);
    }

    private static void write(Path file, DevelopmentCertificate... certificates) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD);
        for (int i = 0; i < certificates.length; i++) {
            store.setKeyEntry("key" + i, certificates[i].keyPair().getPrivate(), PASSWORD,
                    new Certificate[] {certificates[i].certificate()});
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
    }
}
