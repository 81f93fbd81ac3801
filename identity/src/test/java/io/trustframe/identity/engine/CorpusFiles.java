package io.trustframe.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.trustframe.engine.policy.PolicySource;

/** Published B2C policy files from {@code $TRUSTFRAME_CORPUS}: unset skips the test, set and missing fails it. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    public static Path folder(String relative) {
        String root = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(root != null && !root.isBlank(), "TRUSTFRAME_CORPUS is not set");
        Path folder = Path.of(root).resolve(relative);
        assertThat(folder).as("corpus folder").isDirectory();
        return folder;
    }

    /** The folder's XML files, unchanged, in name order. */
    public static List<PolicySource> sources(String relative) {
        Path folder = folder(relative);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted()
                    .map(f -> PolicySource.of(relative + "/" + f.getFileName(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
