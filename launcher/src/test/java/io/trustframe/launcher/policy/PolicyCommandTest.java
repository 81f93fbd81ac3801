package io.trustframe.launcher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.launcher.PolicyXml;
import io.trustframe.launcher.Terminal;
import picocli.CommandLine;

class PolicyCommandTest {

    private static final String BASE = PolicyXml.base("B2C_1A_Base", "contoso.onmicrosoft.com");

    private static String relyingParty(String journey, String claim) {
        return PolicyXml.relyingParty("B2C_1A_Rp", "b2c_1a_base", journey, claim);
    }

    @TempDir
    private Path folder;

    private final Terminal terminal = Terminal.interleaved();

    private int run(String... args) {
        return terminal.run(new CommandLine(new PolicyCommand()), args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aValidFolderExitsZeroAndSaysWhatWasChecked() throws IOException {
        write("valid/Base.xml", BASE);
        write("valid/Rp.xml", relyingParty("issue", "OBJECTID"));

        int exitCode = run("validate", folder.resolve("valid").toString());

        assertThat(exitCode).isZero();
        assertThat(terminal.out()).isEqualTo(
                "valid: 0 errors, 0 warnings in 2 policies; relying parties: B2C_1A_Rp" + System.lineSeparator());
    }

    @Test
    void anInvalidFolderPrintsCompilerStyleLinesAndExitsOne() throws IOException {
        write("invalid/Base.xml", BASE);
        Path rp = write("invalid/Rp.xml", relyingParty("SignIn", "objectId"));

        int exitCode = run("validate", folder.resolve("invalid").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(terminal.out().lines()).containsExactly(
                rp + ":8:5: error: undefined user journey 'SignIn'; expected the Id of a UserJourney defined in this"
                        + " policy or its base policies [policy B2C_1A_Rp,"
                        + " TrustFrameworkPolicy/RelyingParty/DefaultUserJourney[SignIn]]",
                "invalid: 1 error, 0 warnings in 2 policies; relying parties: B2C_1A_Rp");
    }

    @Test
    void aMissingBaseAndAMissingPathAreErrorsToo() throws IOException {
        Path rp = write("alone/Rp.xml", relyingParty("Issue", "objectId"));
        Path missing = folder.resolve("nowhere");

        int exitCode = run("validate", rp.toString(), missing.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(terminal.out().lines()).containsExactly(
                rp + ":3:3: error: base policy 'b2c_1a_base' is not loaded; expected a policy file with"
                        + " PolicyId=\"b2c_1a_base\" among the files given [policy B2C_1A_Rp, TrustFrameworkPolicy/BasePolicy]",
                missing + ":1:1: error: no such file or folder",
                "invalid: 2 errors, 0 warnings in 1 policy; no relying-party policy found");
    }

    @Test
    void helpNamesTheExitStatus() {
        int exitCode = run("validate", "--help");

        assertThat(exitCode).isZero();
        assertThat(terminal.out()).contains("Usage: policy validate [-h] [--no-warnings] FILE_OR_FOLDER...")
                .contains("Exit status: 0 when no errors were found (warnings allowed), 1 otherwise.");
    }

    @Test
    void noWarningsKeepsOnlyErrors() throws IOException {
        write("warned/Base.xml", BASE.replace("<DataType>string</DataType>",
                "<DataType>string</DataType><Colour>blue</Colour>"));
        write("warned/Rp.xml", relyingParty("Issue", "objectId"));

        int withWarnings = run("validate", folder.resolve("warned").toString());
        String all = terminal.out();
        int withoutWarnings = run("validate", "--no-warnings", folder.resolve("warned").toString());

        assertThat(withWarnings).isZero();
        assertThat(withoutWarnings).isZero();
        assertThat(all).contains("warning: unknown element Colour in ClaimType is ignored");
        assertThat(terminal.out()).isEqualTo(
                "valid: 0 errors, 1 warning in 2 policies; relying parties: B2C_1A_Rp" + System.lineSeparator());
    }
}
