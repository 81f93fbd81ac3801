package io.trustframe.engine.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.SourcePos;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;
import io.trustframe.engine.policy.parse.PolicyParser;
import io.trustframe.engine.policy.resolve.ChainResolver;
import io.trustframe.engine.policy.resolve.PolicyMerger;

/**
 * Loads policy files: parses each one, links {@code BasePolicy} chains and merges every relying-party policy.
 * Never throws for bad policies; what is wrong ends up in {@link PolicySet#diagnostics()}.
 */
public final class PolicyLoader {

    /** "Maximum policy file size: 1024 KB" (Azure AD B2C service limits); larger input is refused unread. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private PolicyLoader() {
    }

    public static PolicySet load(Collection<PolicySource> sources) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, TrustFrameworkPolicy> byId = new LinkedHashMap<>();
        for (PolicySource source : sources) {
            String text = read(source, diagnostics);
            if (text == null) {
                continue;
            }
            PolicyParser.Result result = PolicyParser.parse(source.name(), text);
            diagnostics.addAll(result.diagnostics());
            TrustFrameworkPolicy policy = result.policy();
            if (policy == null || policy.policyId() == null) {
                continue;
            }
            TrustFrameworkPolicy earlier = byId.putIfAbsent(IdMap.key(policy.policyId()), policy);
            if (earlier != null) {
                diagnostics.add(Diagnostic.error(policy.pos(), "policy '" + policy.policyId() + "' is also defined at "
                        + earlier.pos().fileLineColumn() + "; expected each PolicyId once among the files given"));
            }
        }
        IdMap<TrustFrameworkPolicy> policies = IdMap.of(byId.values(), TrustFrameworkPolicy::policyId);
        List<RelyingPartyPolicy> relyingParties = new ArrayList<>();
        for (TrustFrameworkPolicy policy : policies.values()) {
            if (!policy.isRelyingParty()) {
                continue;
            }
            List<TrustFrameworkPolicy> chain = ChainResolver.chain(policy, policies, diagnostics);
            if (!chain.isEmpty()) {
                relyingParties.add(PolicyMerger.merge(chain, diagnostics));
            }
        }
        return new PolicySet(policies, IdMap.of(relyingParties, RelyingPartyPolicy::policyId),
                List.copyOf(distinct(diagnostics)));
    }

    public static PolicySet load(PolicySource... sources) {
        return load(List.of(sources));
    }

    /**
     * Loads the given files and every {@code *.xml} file under the given folders (sorted by path, so messages come
     * in a stable order). A path that does not exist is reported, not thrown.
     */
    public static PolicySet loadPaths(Collection<Path> paths) {
        List<PolicySource> sources = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".xml"))
                            .sorted().forEach(f -> sources.add(PolicySource.of(f)));
                } catch (IOException e) {
                    missing.add(Diagnostic.error(filePos(path.toString()), "cannot read folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                sources.add(PolicySource.of(path));
            } else {
                missing.add(Diagnostic.error(filePos(path.toString()), "no such file or folder"));
            }
        }
        PolicySet loaded = load(sources);
        if (missing.isEmpty()) {
            return loaded;
        }
        missing.addAll(loaded.diagnostics());
        return new PolicySet(loaded.policies(), loaded.relyingParties(), List.copyOf(missing));
    }

    private static String read(PolicySource source, List<Diagnostic> diagnostics) {
        try {
            if (source.text() != null) {
                if (source.text().length() > MAX_FILE_BYTES
                        || source.text().getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
                    diagnostics.add(tooLarge(source));
                    return null;
                }
                return source.text();
            }
            if (Files.size(source.path()) > MAX_FILE_BYTES) {
                diagnostics.add(tooLarge(source));
                return null;
            }
            String text = Files.readString(source.path(), StandardCharsets.UTF_8);
            // Editors on Windows save policies with a byte order mark; it is not part of the XML.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(filePos(source.name()), "cannot read file: " + e.getMessage()));
            return null;
        }
    }

    private static Diagnostic tooLarge(PolicySource source) {
        return Diagnostic.error(filePos(source.name()), "policy file is larger than " + MAX_FILE_BYTES
                + " bytes; expected at most 1024 KB, B2C's limit for one policy file");
    }

    private static SourcePos filePos(String file) {
        return new SourcePos(file, "", 1, 1, "");
    }

    static List<Diagnostic> distinct(List<Diagnostic> diagnostics) {
        return new ArrayList<>(new LinkedHashSet<>(diagnostics));
    }
}
