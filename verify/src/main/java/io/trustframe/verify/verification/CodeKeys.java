package io.trustframe.verify.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import io.trustframe.verify.RandomSource;

/**
 * The key codes are derived with. It must not live in the database (a database copy alone must not reveal codes),
 * so it comes from configuration or from a file in the data folder, created with owner-only permissions on first use.
 */
public final class CodeKeys {

    private static final int KEY_BYTES = 32;

    private CodeKeys() {
    }

    public static byte[] load(String configuredBase64, Path dataDir, RandomSource random) {
        if (!configuredBase64.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configuredBase64.strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalArgumentException("trustframe.verify.code-key must hold at least 32 bytes (base64)");
            }
            return key;
        }
        Path file = dataDir.resolve("verify").resolve("code.key");
        try {
            if (!Files.exists(file)) {
                create(file, Base64.getEncoder().encodeToString(random.bytes(KEY_BYTES)));
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the verification code key " + file, e);
        }
    }

    private static void create(Path file, String key) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, key, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            // Another node or context created it first; theirs is the key.
        }
    }
}
