package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The compatibility corpus of published policies, read in place through {@code TRUSTFRAME_CORPUS}: unset skips
 * the corpus tests; set to a folder that does not exist fails them (CI must not silently test nothing).
 */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(location != null && !location.isBlank(), "TRUSTFRAME_CORPUS is not set: corpus tests skipped");
        Path root = Path.of(location);
        // Maven runs module tests in the module folder; a relative path is meant from the repository root.
        if (!Files.isDirectory(root) && !root.isAbsolute() && Files.isDirectory(Path.of("..").resolve(root))) {
            root = Path.of("..").resolve(root);
        }
        if (!Files.isDirectory(root)) {
            fail("TRUSTFRAME_CORPUS is set to " + location + ", which is not a folder (from "
                    + Path.of("").toAbsolutePath() + " or its parent)");
        }
        return root.normalize();
    }

    /** Every policy file in the corpus, sorted. */
    static List<Path> policyFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }
}
