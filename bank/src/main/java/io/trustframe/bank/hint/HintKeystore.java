package io.trustframe.bank.hint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * Finds the hint signing key in a PKCS#12 keystore by the SHA-1 thumbprint of its certificate, the way the .NET demo
 * looked its certificate up in the Windows certificate store by {@code ida:SigningCertThumbprint}.
 */
public final class HintKeystore {

    /** The alias of the generated development key. */
    static final String DEVELOPMENT_ALIAS = "hint-signing";

    private HintKeystore() {
    }

    /**
     * The key for the given settings.
     *
     * @param keystore   the PKCS#12 file
     * @param generate   whether to create the file with a development certificate when it does not exist
     * @param password   the keystore (and key) password
     * @param thumbprint the wanted certificate's SHA-1 thumbprint in hex (spaces and colons allowed, any case);
     *                   empty: the keystore's only key
     * @param algorithm  the JWS algorithm name, e.g. {@code RS256}
     * @throws HintKeyException when the keystore, the key or the algorithm does not fit, with a message saying which
     */
    public static HintSigningKey load(Path keystore, boolean generate, char[] password, String thumbprint,
            String algorithm, Clock clock, SecureRandom random) {
        JWSAlgorithm jwsAlgorithm = rsaAlgorithm(algorithm);
        if (Files.notExists(keystore)) {
            if (!generate) {
                throw new HintKeyException("the hint signing keystore " + keystore + " does not exist");
            }
            createDevelopmentKeystore(keystore, password, clock, random);
        }
        KeyStore store = read(keystore, password);
        String wanted = normalise(thumbprint);
        List<Entry> entries = keyEntries(store, keystore);
        List<String> available = entries.stream().map(Entry::thumbprint).toList();
        Entry chosen;
        if (wanted.isEmpty()) {
            if (entries.size() != 1) {
                throw new HintKeyException("the hint signing keystore " + keystore + " holds " + entries.size()
                        + " keys " + available + ": set trustframe.bank.signing-cert-thumbprint to the one to use");
            }
            chosen = entries.get(0);
        } else {
            chosen = entries.stream().filter(entry -> entry.thumbprint().equals(wanted)).findFirst()
                    .orElseThrow(() -> new HintKeyException("trustframe.bank.signing-cert-thumbprint " + wanted
                            + " names no key in " + keystore + " (its keys' certificate thumbprints: " + available + ")"));
        }
        try {
            return signingKey(store, chosen.alias(), password, chosen.certificate(), jwsAlgorithm);
        } catch (GeneralSecurityException e) {
            throw new HintKeyException("could not read the key '" + chosen.alias() + "' in " + keystore
                    + ": " + e.getMessage(), e);
        }
    }

    private record Entry(String alias, X509Certificate certificate, String thumbprint) {
    }

    private static List<Entry> keyEntries(KeyStore store, Path keystore) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    entries.add(new Entry(alias, certificate, sha1Thumbprint(certificate)));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new HintKeyException("could not list the keys in " + keystore + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static HintSigningKey signingKey(KeyStore store, String alias, char[] password,
            X509Certificate certificate, JWSAlgorithm algorithm) throws GeneralSecurityException {
        Key key = store.getKey(alias, password);
        if (!(key instanceof RSAPrivateKey rsa)) {
            throw new HintKeyException("the hint signing key '" + alias + "' is not an RSA key; "
                    + algorithm + " needs one");
        }
        return HintSigningKey.of(rsa, certificate, algorithm);
    }

    static JWSAlgorithm rsaAlgorithm(String name) {
        JWSAlgorithm algorithm = JWSAlgorithm.parse(name.trim().toUpperCase(Locale.ROOT));
        if (!HintSigningKey.RSA_ALGORITHMS.contains(algorithm)) {
            throw new HintKeyException("trustframe.bank.signing-cert-algorithm " + name
                    + " is not supported; use one of " + HintSigningKey.RSA_ALGORITHMS);
        }
        return algorithm;
    }

    /** Upper-case hex without the spaces or colons that certificate viewers put between the bytes. */
    static String normalise(String thumbprint) {
        return thumbprint == null ? "" : thumbprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
    }

    static String sha1Thumbprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
    }

    private static KeyStore read(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new HintKeyException("could not open the hint signing keystore " + keystore
                    + " (wrong trustframe.bank.signing-keystore-password?): " + e.getMessage(), e);
        }
    }

    private static void createDevelopmentKeystore(Path keystore, char[] password, Clock clock, SecureRandom random) {
        DevelopmentCertificate development = DevelopmentCertificate.generate(clock, random);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(DEVELOPMENT_ALIAS, development.keyPair().getPrivate(), password,
                    new Certificate[] {development.certificate()});
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            // Written next to the target and moved into place, so a crash never leaves half a keystore behind.
            Path partial = Files.createTempFile(keystore.toAbsolutePath().getParent(), "hint-signing", ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, password);
            }
            Files.move(partial, keystore, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new HintKeyException("could not write the development keystore " + keystore + ": " + e.getMessage(), e);
        }
    }
}
