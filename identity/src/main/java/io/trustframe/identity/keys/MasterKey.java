package io.trustframe.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that seals secrets at rest. Production configures it ({@code trustframe.identity.master-key},
 * base64); development generates one into {@code <data>/identity/master.key}, readable by its owner only, and
 * reuses it on every later start so that stored keys stay readable.
 */
public final class MasterKey {

    static final int LENGTH = 32;

    private final SecretKey key;
    private final byte[] id;

    private MasterKey(byte[] material) {
        if (material.length != LENGTH) {
            throw new IllegalStateException("the master key must be " + LENGTH + " bytes (256 bits), not " + material.length);
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = Arrays.copyOf(sha256(material), 8);
    }

    /** A master key given as base64 (the configured form). */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the configured master key is not base64", e);
        }
    }

    /** The key stored in {@code file}, generated there first (permissions 600) when the file does not exist. */
    public static MasterKey inFile(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] material = new byte[LENGTH];
                random.nextBytes(material);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(material), StandardOpenOption.TRUNCATE_EXISTING);
                    return new MasterKey(material);
                } catch (FileAlreadyExistsException raced) {
                    // Another process generated it at the same moment: use theirs.
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(material), StandardOpenOption.CREATE_NEW);
                    return new MasterKey(material);
                }
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the master key file " + file, e);
        }
    }

    /**
     * A key for another purpose derived from the master key (HMAC-SHA-256 of the purpose), so that one configured
     * secret serves every at-rest protection without reusing the same key for two jobs.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SecretKey secretKey() {
        return key;
    }

    /** A short fingerprint stored with each envelope, so that a wrong master key is reported as such. */
    byte[] id() {
        return id.clone();
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
