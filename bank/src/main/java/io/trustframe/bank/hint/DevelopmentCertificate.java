package io.trustframe.bank.hint;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for the hint signing key, made on first run so that the demo needs no
 * {@code openssl}/{@code New-SelfSignedCertificate} step like the walkthrough's "creating a signing certificate".
 * Only the JDK's own providers are used: registering BouncyCastle as a JCA provider would change the other services
 * that share this JVM.
 *
 * @param keyPair     the RSA key pair
 * @param certificate the certificate of its public key, signed by its own private key
 */
record DevelopmentCertificate(KeyPair keyPair, X509Certificate certificate) {

    static final int KEY_SIZE = 2048;
    static final Duration VALIDITY = Duration.ofDays(2 * 365);
    static final String SUBJECT = "CN=Trustframe bank id_token_hint signing (development),O=Trustframe";

    static DevelopmentCertificate generate(Clock clock, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE, random);
            KeyPair keyPair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name subject = new X500Name(SUBJECT);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject, new BigInteger(128, random).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)),
                    subject, keyPair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").setSecureRandom(random).build(keyPair.getPrivate()));
            return new DevelopmentCertificate(keyPair, new JcaX509CertificateConverter().getCertificate(holder));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("could not generate the development hint signing certificate", e);
        }
    }
}
