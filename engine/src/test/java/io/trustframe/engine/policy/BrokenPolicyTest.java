package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deliberately broken policies (test resources {@code policies/broken/<case>/}), each loaded on top of the
 * valid {@code policies/base/TestBase.xml}: the validator must report exactly the lines in the case's
 * {@code expected.txt}, positions and wording included.
 */
class BrokenPolicyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing-base", "cyclic-inheritance", "tenant-mismatch", "dangling-references",
            "duplicate-ids", "protocols", "transformation-types", "step-order", "no-sendclaims", "no-default-journey",
            "include-profiles", "unknown-elements", "step-types", "claim-types-and-predicates"})
    void reportsExactlyTheExpectedMessages(String brokenCase) {
        ValidationReport report = PolicyValidator.validate(PolicyLoader.load(sources("base", "broken/" + brokenCase)));

        assertThat(report.lines()).containsExactlyElementsOf(expected(brokenCase));
    }

    @Test
    void theBaseTheBrokenCasesExtendIsValidWithAnyRelyingParty() {
        PolicySet policies = PolicyLoader.load(sources("base", "valid"));

        ValidationReport report = PolicyValidator.validate(policies);

        assertThat(report.lines()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(policies.relyingParty("B2C_1A_COLLECTEMAIL").defaultUserJourney()).isPresent();
    }

    static List<PolicySource> sources(String... folders) {
        List<PolicySource> sources = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(resource(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    String name = folder.replace("broken/", "") + "/" + file.getFileName();
                    sources.add(PolicySource.of(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static List<String> expected(String brokenCase) {
        try {
            return Files.readAllLines(resource("broken/" + brokenCase).resolve("expected.txt")).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String folder) {
        try {
            return Path.of(BrokenPolicyTest.class.getResource("/policies/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
