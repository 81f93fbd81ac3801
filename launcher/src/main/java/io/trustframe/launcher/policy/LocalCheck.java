package io.trustframe.launcher.policy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/**
 * Policy files checked on this machine by the engine, as {@code policy validate} and {@code policy upload} do:
 * loaded, each relying party's BasePolicy chain resolved, validated. For an upload the tenant's stored files that
 * the given ones do not replace take part, as they do when the service validates an upload; what is wrong in them
 * is not reported (it is not what is being uploaded).
 *
 * @param policies       the given files, parsed
 * @param diagnostics    what is wrong in the given files, in file and line order
 * @param relyingParties the given relying-party policies whose BasePolicy chain resolved
 */
record LocalCheck(PolicySet policies, List<Diagnostic> diagnostics, List<String> relyingParties) {

    static LocalCheck of(List<Path> paths) {
        PolicySet policies = PolicyLoader.loadPaths(paths);
        return new LocalCheck(policies, PolicyValidator.validate(policies).diagnostics(), relyingParties(policies, policies));
    }

    private static List<String> relyingParties(PolicySet merged, PolicySet given) {
        return merged.relyingParties().values().stream().map(RelyingPartyPolicy::policyId)
                .filter(id -> given.policy(id).isPresent()).toList();
    }

    /**
     * The given files checked together with the stored files they do not replace.
     *
     * @param paths        files, and folders whose {@code *.xml} files are meant; every one must exist
     * @param storedExcept the stored files but those with the given PolicyIds (lower case)
     */
    static LocalCheck withStored(List<Path> paths, Function<Set<String>, List<PolicySource>> storedExcept) {
        List<PolicySource> given = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                            .sorted().forEach(f -> given.add(PolicySource.of(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                given.add(PolicySource.of(path));
            } else {
                throw new UncheckedIOException(new NoSuchFileException(path + ": no such file or folder"));
            }
        }
        PolicySet parsed = PolicyLoader.load(given);
        Set<String> ids = parsed.policies().values().stream()
                .map(p -> p.policyId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<PolicySource> stored = storedExcept.apply(ids);
        List<PolicySource> sources = new ArrayList<>(stored);
        sources.addAll(given);
        Set<String> storedNames = stored.stream().map(PolicySource::name).collect(Collectors.toSet());
        PolicySet merged = PolicyLoader.load(sources);
        List<Diagnostic> own = PolicyValidator.validate(merged).diagnostics().stream()
                .filter(d -> !storedNames.contains(d.pos().file())).toList();
        return new LocalCheck(parsed, own, relyingParties(merged, parsed));
    }

    boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The paths of the given files that hold a policy, in load order. */
    List<Path> files() {
        return policies.policies().values().stream().map(TrustFrameworkPolicy::pos).map(pos -> Path.of(pos.file())).toList();
    }

    /** The compiler-style lines, errors only when {@code noWarnings}. */
    void print(PrintWriter out, boolean noWarnings) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() || !noWarnings) {
                out.println(diagnostic.format());
            }
        }
    }

    String summary() {
        String checked = relyingParties.isEmpty()
                ? "no relying-party policy found"
                : "relying parties: " + String.join(", ", relyingParties);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return (isValid() ? "valid" : "invalid") + ": " + count(errors, "error") + ", "
                + count(diagnostics.size() - errors, "warning") + " in " + count(policies.policies().size(), "policy")
                + "; " + checked;
    }

    static String count(long n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
