package io.trustframe.launcher.tenant;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.ValidationReport;
import io.trustframe.launcher.admin.AdminCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustframe tenant import <folder…>}: the Twilio Verify PSD2 walkthrough's setup in one command. Makes the
 * walkthrough's documented edits ({@link WalkthroughEdits}), validates the edited files together, registers the
 * IdentityExperienceFramework apps and the policy keys the files name, and uploads the files in one all-or-nothing
 * batch through the identity service's admin API (with the admin commands' client and options). Nothing is stored
 * when validation finds an error.
 */
@Command(name = "import",
        description = {
                "Imports the Twilio Verify PSD2 walkthrough's policy files into a tenant.",
                "",
                "Makes the Twilio Verify PSD2 walkthrough's edits to the given policy",
                "files (and *.xml under the given folders): yourtenant, the Twilio",
                "account SID, Verify service SID and From number, the bank's metadata",
                "URL in IdTokenHint_ExtractClaims, the (Proxy)IdentityExperienceFramework",
                "app ids. Prints what changed per file and validates all files together;",
                "then registers the apps and policy keys they need and uploads the files,",
                "in one all-or-nothing batch, to a running identity service.",
                "",
                "The walkthrough's files extend the SocialAndLocalAccountsWithMfa starter",
                "pack (its newPhoneNumberEntered claim and its",
                "AAD-UserWritePhoneNumberUsingObjectId profile): import that folder too."},
        footer = {"",
                "Settings (--set NAME=VALUE):",
                "  twilio.account-sid          AC…, default: the data folder's development",
                "                              account (verify/development-twilio.env)",
                "  twilio.auth-token           → policy key B2C_1A_B2cRestTwilioClientSecret",
                "  twilio.verify-service-sid   VA…, the PSD2-enabled Verify service",
                "  twilio.from                 enrolment SMS sender, default +15005550006",
                "  bank.metadata-url           default http://localhost:8080/.well-known/",
                "                              openid-configuration",
                "  ief.app-id, proxy-ief.app-id  app ids to use instead of registering apps",
                "",
                "Exit status: 0 when imported (with --dry-run: valid), 1 otherwise.",
                "Example: trustframe tenant import $CORPUS/starterpack/SocialAndLocalAccountsWithMfa \\",
                "           $CORPUS/twilio-verify-psd2/SignUpSignIn \\",
                "           $CORPUS/twilio-verify-psd2/StepUpPSD2 --tenant contoso"})
public final class ImportCommand extends AdminCommand implements Callable<Integer> {

    static final Set<String> SETTINGS = Set.of("twilio.account-sid", "twilio.auth-token", "twilio.verify-service-sid",
            "twilio.from", "bank.metadata-url", "ief.app-id", "proxy-ief.app-id");
    static final String DEFAULT_FROM = "+15005550006";
    static final String IEF = "IdentityExperienceFramework";
    static final String PROXY_IEF = "ProxyIdentityExperienceFramework";
    /** What the app ids read as until the apps are registered (after validation, before upload). */
    static final String PENDING_APP = "(app id of the ";

    private static final Pattern POLICY_ID = Pattern.compile("\\bPolicyId=\"([^\"]+)\"");
    private static final Pattern BASE_POLICY = Pattern.compile(
            "<BasePolicy>.*?<PolicyId>\\s*([^<\\s]+)\\s*</PolicyId>", Pattern.DOTALL);
    private static final Pattern KEY_REFERENCE = Pattern.compile("StorageReferenceId=\"([^\"]+)\"");

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Policy files or folders of them.")
    private List<Path> paths;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A value for an edit (see below).")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Edit and validate only; print what would change, store nothing.")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(SETTINGS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown setting(s) " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", new TreeSet<>(SETTINGS)));
        }
        List<PolicySource> files = read(paths);
        Map<String, String> twilio = twilioValues();
        String tenant = connection.tenant();
        IdentityAdmin admin = dryRun ? null : new IdentityAdmin(connection.client());
        // Apps are looked up now but registered only once the files validate: a refused import leaves nothing.
        Optional<String> iefAppId = appId(admin, "ief.app-id", IEF);
        Optional<String> proxyAppId = appId(admin, "proxy-ief.app-id", PROXY_IEF);
        String from = settings.getOrDefault("twilio.from", DEFAULT_FROM);
        String bankMetadata = settings.getOrDefault("bank.metadata-url",
                "http://localhost:8080/.well-known/openid-configuration");
        WalkthroughEdits.Values values = new WalkthroughEdits.Values(tenant, twilio.get("twilio.account-sid"),
                twilio.get("twilio.verify-service-sid"), from, bankMetadata,
                iefAppId.orElse(PENDING_APP + IEF + ")"), proxyAppId.orElse(PENDING_APP + PROXY_IEF + ")"));
        List<PolicySource> edited = edit(files, values, out);
        if (edited == null) {
            out.println("not imported: placeholders left");
            return 1;
        }

        PolicySet set = PolicyLoader.load(edited);
        ValidationReport report = PolicyValidator.validate(set);
        for (Diagnostic diagnostic : report.diagnostics()) {
            out.println(diagnostic.format());
        }
        out.println("validation: " + report.errors().size() + " error(s), " + report.warnings().size()
                + " warning(s); relying parties: " + String.join(", ", set.relyingParties().values().stream()
                .map(RelyingPartyPolicy::policyId).toList()));
        if (!report.isValid()) {
            if (report.errors().stream().anyMatch(d -> d.format().contains("newPhoneNumberEntered")
                    || d.format().contains("AAD-UserWritePhoneNumberUsingObjectId"))) {
                out.println();
                out.println("*** The walkthrough's files need the SocialAndLocalAccountsWithMfa starter pack as their base:");
                out.println("*** newPhoneNumberEntered and AAD-UserWritePhoneNumberUsingObjectId are defined only there.");
                out.println("*** Import that folder instead of SocialAndLocalAccounts (see docs/walkthrough-compat.md).");
            }
            out.println("not imported: validation failed");
            out.flush();
            return 1;
        }
        if (dryRun) {
            out.println("dry run: nothing stored");
            out.flush();
            return 0;
        }

        if (iefAppId.isEmpty() || proxyAppId.isEmpty()) {
            String ief = iefAppId.orElseGet(() -> register(admin, tenant, IEF, false, out));
            String proxy = proxyAppId.orElseGet(() -> register(admin, tenant, PROXY_IEF, true, out));
            WalkthroughEdits.Values registered = new WalkthroughEdits.Values(tenant, values.accountSid(),
                    values.verifyServiceSid(), from, bankMetadata, ief, proxy);
            edited = files.stream().map(file -> PolicySource.of(file.name(),
                    WalkthroughEdits.apply(file.name(), file.text(), registered).text())).toList();
        }
        ensureKeys(admin, edited, twilio, out);
        List<PolicySource> ordered = uploadOrder(edited);
        for (Map.Entry<String, Boolean> stored : admin.uploadPolicies(ordered.stream().map(PolicySource::text).toList())) {
            out.println((stored.getValue() ? "uploaded " : "replaced ") + stored.getKey());
        }
        out.println("imported " + edited.size() + " policies into tenant " + tenant);
        if (settings.containsKey("twilio.account-sid")) {
            out.println("note: the files call https://api.twilio.com and https://verify.twilio.com; an identity service"
                    + " with the demo's Twilio host map sends those calls to the local verify (start the demo with"
                    + " --real-twilio to reach Twilio)");
        }
        out.flush();
        return 0;
    }

    /** Twilio values: {@code --set}, else the development account the demo wrote into the data folder. */
    private Map<String, String> twilioValues() throws IOException {
        Map<String, String> values = new HashMap<>();
        Path file = connection.dataDir().resolve("verify").resolve(DevelopmentTwilio.FILE);
        Properties development = new Properties();
        if (Files.isRegularFile(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                development.load(reader);
            }
        }
        put(values, "twilio.account-sid", development.getProperty("TWILIO_ACCOUNT_SID"), file);
        put(values, "twilio.auth-token", development.getProperty("TWILIO_AUTH_TOKEN"), file);
        put(values, "twilio.verify-service-sid", development.getProperty("TWILIO_VERIFY_SERVICE_SID"), file);
        return values;
    }

    private void put(Map<String, String> values, String name, String development, Path file) {
        String value = Optional.ofNullable(settings.get(name)).or(() -> Optional.ofNullable(development))
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("no " + name + ": give --set " + name
                        + "=… or run './trustframe demo' once with this data folder (" + file + " is missing)"));
        values.put(name, value.strip());
    }

    /** The app id given with {@code --set}, else the tenant's app of that name; empty when it is to be registered. */
    private Optional<String> appId(IdentityAdmin admin, String setting, String displayName) {
        if (settings.containsKey(setting)) {
            return Optional.of(settings.get(setting));
        }
        return admin == null ? Optional.empty() : admin.applicationId(displayName);
    }

    /** B2C's "register the IEF applications" step: a web app and a public (native) client. */
    private static String register(IdentityAdmin admin, String tenant, String displayName, boolean publicClient,
                                   PrintWriter out) {
        String name = WalkthroughEdits.Values.tenantName(tenant);
        String appId = admin.createApplication(displayName, publicClient,
                publicClient ? "myapp://auth" : "https://" + name + ".b2clogin.com/" + name + ".onmicrosoft.com");
        out.println("registered application " + displayName + ": app id " + appId);
        return appId;
    }

    /** The edited files, each file's changes printed; null when a placeholder is left in one of them. */
    private static List<PolicySource> edit(List<PolicySource> files, WalkthroughEdits.Values values,
                                           PrintWriter out) {
        List<PolicySource> edited = new ArrayList<>();
        boolean placeholdersLeft = false;
        for (PolicySource file : files) {
            WalkthroughEdits.EditedFile result = WalkthroughEdits.apply(file.name(), file.text(), values);
            out.println(file.name() + "  " + policyId(file.text()));
            if (result.changes().isEmpty()) {
                out.println("    (no change)");
            }
            result.changes().forEach(change -> out.println("    " + change));
            List<String> left = WalkthroughEdits.placeholdersLeft(result.text());
            if (!left.isEmpty()) {
                out.println("    error: placeholders left: " + String.join(", ", left));
                placeholdersLeft = true;
            }
            edited.add(PolicySource.of(file.name(), result.text()));
        }
        return placeholdersLeft ? null : edited;
    }

    /** The Twilio keys get this import's values; token keys are generated when missing; others are reported. */
    private static void ensureKeys(IdentityAdmin admin, List<PolicySource> files, Map<String, String> twilio,
                                   PrintWriter out) {
        Set<String> referenced = new LinkedHashSet<>();
        for (PolicySource file : files) {
            Matcher matcher = KEY_REFERENCE.matcher(file.text());
            while (matcher.find()) {
                referenced.add(matcher.group(1));
            }
        }
        for (String keySet : referenced) {
            switch (keySet.toLowerCase(Locale.ROOT)) {
                case "b2c_1a_b2cresttwilioclientid" -> {
                    admin.uploadSecret(keySet, twilio.get("twilio.account-sid"));
                    out.println("policy key " + keySet + ": set to the Twilio account SID");
                }
                case "b2c_1a_b2cresttwilioclientsecret" -> {
                    admin.uploadSecret(keySet, twilio.get("twilio.auth-token"));
                    out.println("policy key " + keySet + ": set to the Twilio auth token");
                }
                case "b2c_1a_tokensigningkeycontainer", "b2c_1a_tokenencryptionkeycontainer" -> {
                    if (!admin.hasActiveKey(keySet)) {
                        admin.generateRsa(keySet, keySet.toLowerCase(Locale.ROOT).contains("signing")
                                ? "sig" : "enc");
                        out.println("policy key " + keySet + ": RSA key generated");
                    }
                }
                default -> {
                    if (!admin.hasActiveKey(keySet)) {
                        out.println("note: policy key " + keySet + " has no active key; the profiles using it fail"
                                + " until it is added");
                    }
                }
            }
        }
    }

    /** Bases before the files built on them; otherwise in the order given. */
    static List<PolicySource> uploadOrder(List<PolicySource> files) {
        Map<String, String> baseOf = new HashMap<>();
        for (PolicySource file : files) {
            Matcher base = BASE_POLICY.matcher(file.text());
            baseOf.put(policyId(file.text()).toLowerCase(Locale.ROOT),
                    base.find() ? base.group(1).toLowerCase(Locale.ROOT) : null);
        }
        List<PolicySource> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(file -> depth(policyId(file.text()), baseOf)));
        return ordered;
    }

    private static int depth(String policyId, Map<String, String> baseOf) {
        int depth = 0;
        String base = baseOf.get(policyId.toLowerCase(Locale.ROOT));
        while (base != null && depth < 20) {
            depth++;
            base = baseOf.get(base);
        }
        return depth;
    }

    static String policyId(String xml) {
        Matcher matcher = POLICY_ID.matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("a file names no PolicyId");
        }
        return matcher.group(1);
    }

    /** Every *.xml file of each folder (by name), or the file itself; a byte-order mark is dropped. */
    static List<PolicySource> read(List<Path> paths) {
        List<PolicySource> sources = new ArrayList<>();
        for (Path path : paths) {
            try {
                List<Path> files;
                if (Files.isDirectory(path)) {
                    try (Stream<Path> listed = Files.list(path)) {
                        files = listed.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                                .endsWith(".xml")).sorted().toList();
                    }
                } else {
                    files = List.of(path);
                }
                for (Path file : files) {
                    String text = Files.readString(file);
                    if (text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    String name = path.equals(file) ? file.getFileName().toString()
                            : path.getFileName() + "/" + file.getFileName();
                    sources.add(PolicySource.of(name, text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return sources;
    }
}
