package io.trustframe.bench.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.ValidationReport;

/**
 * Loading and validating the starter pack's SocialAndLocalAccounts chain (base, localization, extensions and its
 * three relying parties): from disk end to end, parse + merge from memory, and validation alone. The corpus is
 * found through {@code -Dtrustframe.corpus=…} or the {@code TRUSTFRAME_CORPUS} variable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class PolicyValidationBenchmark {

    private Path chain;
    private List<PolicySource> inMemory;
    private PolicySet loaded;

    @Setup
    public void locateChain() throws IOException {
        String corpus = System.getProperty("trustframe.corpus", System.getenv("TRUSTFRAME_CORPUS"));
        if (corpus == null) {
            throw new IllegalStateException("set -Dtrustframe.corpus=… or TRUSTFRAME_CORPUS to the corpus folder");
        }
        chain = Path.of(corpus, "starterpack", "SocialAndLocalAccounts");
        inMemory = new ArrayList<>();
        try (Stream<Path> files = Files.list(chain)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                inMemory.add(PolicySource.of(file.getFileName().toString(),
                        text.startsWith("\uFEFF") ? text.substring(1) : text));
            }
        }
        loaded = PolicyLoader.load(inMemory);
        if (!PolicyValidator.validate(loaded).isValid() || loaded.relyingParties().size() != 3) {
            throw new IllegalStateException("the SocialAndLocalAccounts chain does not validate: nothing to measure");
        }
    }

    /** What {@code trustframe policy validate starterpack/SocialAndLocalAccounts} does, minus printing. */
    @Benchmark
    public ValidationReport loadFromDiskAndValidate() {
        return PolicyValidator.validate(PolicyLoader.loadPaths(List.of(chain)));
    }

    /** Parse the six files and merge the three relying-party chains. */
    @Benchmark
    public PolicySet parseAndMerge() {
        return PolicyLoader.load(inMemory);
    }

    /** All checks on the three merged relying parties. */
    @Benchmark
    public ValidationReport validateOnly() {
        return PolicyValidator.validate(loaded);
    }
}
