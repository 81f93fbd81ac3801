package io.trustframe.engine.journey;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Corpus policies read in place through TRUSTFRAME_CORPUS (unset: skipped; set but missing: failed), with the
 * walkthrough's documented edits applied in memory as text replacements.
 */
final class CorpusPolicies {

    private CorpusPolicies() {
    }

    static Path root() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(location != null && !location.isBlank(), "TRUSTFRAME_CORPUS is not set: corpus journeys skipped");
        Path root = Path.of(location);
        if (!Files.isDirectory(root)) {
            fail("TRUSTFRAME_CORPUS is set to " + root.toAbsolutePath() + ", which is not a folder");
        }
        return root;
    }

    /** Every XML file of the given corpus folders, with {@code edits} (literal text → replacement) applied. */
    static PolicySet load(List<String> folders, Map<String, String> edits) {
        List<PolicySource> sources = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(root().resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    String text = Files.readString(file);
                    if (text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    for (Map.Entry<String, String> edit : edits.entrySet()) {
                        text = text.replace(edit.getKey(), edit.getValue());
                    }
                    sources.add(PolicySource.of(folder + "/" + file.getFileName(), text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PolicySet set = PolicyLoader.load(sources);
        if (set.relyingParties().size() == 0) {
            fail("no relying party loaded: " + set.diagnostics());
        }
        return set;
    }
}
