package io.trustframe.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trustframe demo}: the bank, identity and verify services in one process, on embedded storage. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the bank, identity and verify services in this process on embedded H2 databases"
                + " under the data folder, waits until each reports UP, prints where to go, and runs until Ctrl-C.",
        footer = {"",
                "Environment: TRUSTFRAME_BANK_PORT, TRUSTFRAME_IDENTITY_PORT, TRUSTFRAME_VERIFY_PORT and"
                        + " TRUSTFRAME_DATA_DIR set the same as the flags; flags win.",
                "TRUSTFRAME_BANK_DB_URL, TRUSTFRAME_IDENTITY_DB_URL and TRUSTFRAME_VERIFY_DB_URL point a service at"
                        + " PostgreSQL instead of H2, e.g. jdbc:postgresql://127.0.0.1:5432/trustframe_bank?user=postgres"})
final class DemoCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--bank-port", paramLabel = "PORT", defaultValue = "${env:TRUSTFRAME_BANK_PORT:-8080}",
            description = "Port of the bank (default: ${DEFAULT-VALUE}).")
    private int bankPort;

    @Option(names = "--identity-port", paramLabel = "PORT", defaultValue = "${env:TRUSTFRAME_IDENTITY_PORT:-8081}",
            description = "Port of the identity service (default: ${DEFAULT-VALUE}).")
    private int identityPort;

    @Option(names = "--verify-port", paramLabel = "PORT", defaultValue = "${env:TRUSTFRAME_VERIFY_PORT:-8082}",
            description = "Port of the verify service (default: ${DEFAULT-VALUE}).")
    private int verifyPort;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:TRUSTFRAME_DATA_DIR:-./data}",
            description = "Folder for the embedded databases (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--reset", description = "Delete the services' stored data first and start from empty storage.")
    private boolean reset;

    @Option(names = "--verbose", description = "Show the services' informational logs, not only warnings.")
    private boolean verbose;

    @Option(names = "--walkthrough", description = "Point the bank at the Twilio Verify PSD2 walkthrough's policies"
            + " (B2C_1A_PSD2_SUSI, B2C_1A_PSD2_StepUp; import them with 'trustframe tenant import') instead of"
            + " Trustframe's own.")
    private boolean walkthrough;

    @Option(names = "--real-twilio", description = "Let policies that call api.twilio.com / verify.twilio.com reach"
            + " the real Twilio (default: identity sends those calls to the local verify service).")
    private boolean realTwilio;

    @Option(names = "--bank-setting", paramLabel = "KEY=VALUE",
            description = "A trustframe.bank.* setting that replaces the demo's, e.g."
                    + " trustframe.bank.step-up-policy=B2C_1A_MyStepUp (repeatable).")
    private Map<String, String> bankSettings = new LinkedHashMap<>();

    /** The bank's settings for the walkthrough's policies on the SocialAndLocalAccountsWithMfa starter pack. */
    static final Map<String, String> WALKTHROUGH_BANK = walkthroughBank();

    private static Map<String, String> walkthroughBank() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("trustframe.bank.sign-up-sign-in-policy", "B2C_1A_PSD2_SUSI");
        settings.put("trustframe.bank.step-up-policy", "B2C_1A_PSD2_StepUp");
        settings.put("trustframe.bank.profile-edit-policy", "B2C_1A_ProfileEdit");
        settings.put("trustframe.bank.password-reset-policy", "B2C_1A_PasswordReset");
        // The walkthrough's StepUp.xml issues amount and payee, not the account number.
        settings.put("trustframe.bank.step-up-account-number-optional", "true");
        return Map.copyOf(settings);
    }

    @Override
    public void run() {
        PlatformSettings settings = settings();
        if (reset) {
            deleteServiceData(settings.dataDir());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting Trustframe (data in " + settings.dataDir() + ") …");
        out.flush();
        Platform platform = Platform.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            out.println("Trustframe stopped.");
            out.flush();
            stopped.countDown();
        }, "trustframe-shutdown"));
        out.print(DemoBanner.render(platform));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PlatformSettings settings() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        ports.put(Service.BANK, bankPort);
        ports.put(Service.IDENTITY, identityPort);
        ports.put(Service.VERIFY, verifyPort);
        Map<String, String> bank = new LinkedHashMap<>(walkthrough ? WALKTHROUGH_BANK : Map.of());
        bank.putAll(bankSettings);
        // A host map the user configured for identity wins over the demo's.
        boolean hostMap = !realTwilio && System.getenv("TRUSTFRAME_IDENTITY_HTTP_HOST_MAP") == null;
        return new PlatformSettings(ports, dataDir, !verbose, asArgs(bank), hostMap);
    }

    /** Settings as the command-line arguments a service takes: {@code --key=value}. */
    static List<String> asArgs(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Only the services' own sub-folders: the data folder may be one the user keeps other things in. */
    private static void deleteServiceData(Path dataDir) {
        for (Service service : Service.values()) {
            Path folder = dataDir.resolve(service.serviceName());
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(DemoCommand::delete);
            } catch (IOException e) {
                throw new UncheckedIOException("could not reset " + folder, e);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }
}
