package io.trustframe.identity.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one secret that opens the admin and Graph APIs. Configured as {@code trustframe.identity.admin.token}; when
 * it is not, one is generated once into {@code <data>/identity/admin.token} (owner-readable only) for development.
 */
public final class AdminCredential {

    private final byte[] digest;

    private AdminCredential(String token) {
        if (token.length() < 16) {
            throw new IllegalStateException("trustframe.identity.admin.token must be at least 16 characters");
        }
        this.digest = sha256(token);
    }

    public static AdminCredential of(String token) {
        return new AdminCredential(token);
    }

    public static AdminCredential inFile(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            return new AdminCredential(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the admin token file " + file, e);
        }
    }

    /**
     * Whether {@code presented} is the admin token. Both sides are hashed first, so the comparison takes the same
     * time whatever the length or the first differing character of a guess.
     */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
