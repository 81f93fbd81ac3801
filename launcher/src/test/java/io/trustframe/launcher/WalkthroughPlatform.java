package io.trustframe.launcher;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.trustframe.engine.spi.ExecutionTrace;
import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.engine.MailOutbox;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import picocli.CommandLine;

/**
 * The platform of docs/walkthrough-compat.md, for the walkthrough's tests (over HTTP and in a browser): the demo on
 * free ports with {@code --walkthrough}'s bank settings (B2C_1A_PSD2_SUSI / B2C_1A_PSD2_StepUp) and the Twilio host
 * map, then {@code tenant import} of the corpus's SocialAndLocalAccountsWithMfa starter pack and the walkthrough's
 * two folders, with the documented edits. The import's exit code and output are kept for the caller to assert.
 */
public final class WalkthroughPlatform implements AutoCloseable {

    private final Platform platform;
    private final int importExit;
    private final String importOutput;

    private WalkthroughPlatform(Platform platform, int importExit, String importOutput) {
        this.platform = platform;
        this.importExit = importExit;
        this.importOutput = importOutput;
    }

    /**
     * The compatibility corpus named by TRUSTFRAME_CORPUS: unset, the calling test is skipped; set to something that
     * is not a folder, it fails.
     */
    public static Path corpus() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(location != null && !location.isBlank(), "TRUSTFRAME_CORPUS is not set: walkthrough skipped");
        Path root = Path.of(location);
        if (!Files.isDirectory(root)) {
            fail("TRUSTFRAME_CORPUS is set to " + root + ", which is not a folder");
        }
        return root;
    }

    /** Whether TRUSTFRAME_CORPUS names a folder (for a {@code @BeforeAll} that must not skip the class as a whole). */
    public static boolean corpusPresent() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        return location != null && !location.isBlank() && Files.isDirectory(Path.of(location));
    }

    /** Starts the platform in {@code dataDir} and imports the walkthrough's files into tenant contoso. */
    public static WalkthroughPlatform start(Path dataDir) {
        return start(dataDir, null);
    }

    /** As {@link #start(Path)}, with identity's engine reporting what it runs to {@code trace} (may be null). */
    static WalkthroughPlatform start(Path dataDir, ExecutionTrace trace) {
        Path corpus = corpus();
        Map<Service, Integer> anyFreePort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyFreePort.put(service, 0);
        }
        Platform platform = Platform.start(new PlatformSettings(anyFreePort, dataDir, true,
                DemoCommand.asArgs(DemoCommand.WALKTHROUGH_BANK), true));
        if (trace != null) {
            platform.bean(Service.IDENTITY, EnginePorts.class).orElseThrow().traceWith(trace);
        }
        StringWriter out = new StringWriter();
        CommandLine command = Trustframe.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        int exit = command.execute("tenant", "import",
                corpus.resolve("starterpack/SocialAndLocalAccountsWithMfa").toString(),
                corpus.resolve("twilio-verify-psd2/SignUpSignIn").toString(),
                corpus.resolve("twilio-verify-psd2/StepUpPSD2").toString(),
                "--tenant", "contoso", "--url", platform.baseUrl(Service.IDENTITY).toString(),
                "--data", dataDir.toString(),
                "--set", "bank.metadata-url=" + platform.baseUrl(Service.BANK) + "/.well-known/openid-configuration");
        return new WalkthroughPlatform(platform, exit, out.toString());
    }

    public int importExit() {
        return importExit;
    }

    public String importOutput() {
        return importOutput;
    }

    Platform platform() {
        return platform;
    }

    public URI bank() {
        return platform.baseUrl(Service.BANK);
    }

    public URI identity() {
        return platform.baseUrl(Service.IDENTITY);
    }

    public URI verify() {
        return platform.baseUrl(Service.VERIFY);
    }

    /**
     * The newest code identity "mailed" to an address (B2C's built-in email verification of the MFA pack), read from
     * identity's mail outbox.
     */
    public Optional<String> mailedCode(String address) {
        Tenant tenant = platform.bean(Service.IDENTITY, DefaultTenant.class).orElseThrow().get();
        MailOutbox mail = platform.bean(Service.IDENTITY, EnginePorts.class).orElseThrow().outbox();
        return mail.to(tenant, address).stream().findFirst().map(MailOutbox.Mail::code);
    }

    @Override
    public void close() {
        platform.close();
    }
}
