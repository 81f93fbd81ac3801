package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustframeCommandTest {

    private final Terminal terminal = new Terminal();

    private int run(String... args) {
        return terminal.run(Trustframe.commandLine(), args);
    }

    @Test
    void helpListsTheDemoCommand() {
        int exitCode = run("--help");

        assertThat(exitCode).isZero();
        assertThat(terminal.out()).contains("Usage: trustframe").contains("demo");
    }

    @Test
    void demoHelpNamesEveryFlagAndVariable() {
        int exitCode = run("demo", "--help");

        assertThat(exitCode).isZero();
        assertThat(terminal.out())
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
            assertThat(terminal.err().strip())
                    .isEqualTo("trustframe: port " + port + " (bank) is already in use; choose another with"
                            + " --bank-port or TRUSTFRAME_BANK_PORT");
        }
    }

    @Test
    void aMistypedFlagIsRefusedWithTheLikelyMeaning() {
        int exitCode = run("demo", "--bank-prot", "1");

        assertThat(exitCode).isEqualTo(2);
        assertThat(terminal.err()).contains("Unknown options: '--bank-prot'").contains("Possible solutions: --bank-port");
    }
}
