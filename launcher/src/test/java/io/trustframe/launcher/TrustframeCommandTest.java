package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class TrustframeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Trustframe.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheDemoCommand() {
        int exitCode = run("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("Usage: trustframe").contains("demo");
    }

    @Test
    void demoHelpNamesEveryFlagAndVariable() {
        int exitCode = run("demo", "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("--bank-port", "--identity-port", "--verify-port", "--data", "--reset")
                .contains("TRUSTFRAME_BANK_PORT", "TRUSTFRAME_DATA_DIR");
    }

    @Test
    void aPortInUseIsOneLineNamingItAndANonZeroExit(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            int exitCode = run("demo", "--bank-port", String.valueOf(port), "--identity-port", "0",
                    "--verify-port", "0", "--data", dataDir.toString());

            assertThat(exitCode).isNotZero();
            assertThat(err.toString().strip())
                    .isEqualTo("trustframe: port " + port + " (bank) is already in use; choose another with"
                            + " --bank-port or TRUSTFRAME_BANK_PORT");
        }
    }

    @Test
    void aMistypedFlagIsRefusedWithTheLikelyMeaning() {
        int exitCode = run("demo", "--bank-prot", "1");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--bank-prot'").contains("Possible solutions: --bank-port");
    }
}
