package io.trustframe.launcher.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustframe.launcher.Terminal;
import picocli.CommandLine;

/** {@code tenant import --dry-run} on the corpus (read in place through TRUSTFRAME_CORPUS; skipped when unset). */
class ImportCommandTest {

    private static Path corpus() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(location != null && !location.isBlank(), "TRUSTFRAME_CORPUS is not set");
        Path root = Path.of(location);
        if (!Files.isDirectory(root)) {
            fail("TRUSTFRAME_CORPUS is set to " + root + ", which is not a folder");
        }
        return root;
    }

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        Terminal terminal = Terminal.interleaved();
        int exit = terminal.run(new CommandLine(new ImportCommand()), args);
        return new Run(exit, terminal.out());
    }

    private static List<String> args(String base, String... more) {
        Path corpus = corpus();
        List<String> args = new ArrayList<>(List.of(corpus.resolve("starterpack").resolve(base).toString(),
                corpus.resolve("twilio-verify-psd2/SignUpSignIn").toString(),
                corpus.resolve("twilio-verify-psd2/StepUpPSD2").toString(), "--tenant", "contoso", "--dry-run",
                "--set", "twilio.account-sid=AC0123", "--set", "twilio.auth-token=t0ken",
                "--set", "twilio.verify-service-sid=VA4567"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void theWalkthroughOnTheMfaStarterPackIsEditedAndValid() {
        Run run = run(args("SocialAndLocalAccountsWithMfa").toArray(String[]::new));

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("StepUpPSD2/TrustFrameworkExtensionsPSD2StepUp.xml  B2C_1A_PSD2_StepUp_TrustFrameworkExtensions")
                .contains("ServiceUrl Verify service SID: Services/twilioAccountSID → Services/VA4567 (2×)")
                .contains("ServiceUrl account SID: Accounts/twilioAccountSID → Accounts/AC0123 (1×)")
                .contains("From of the enrolment SMS: +twilioPhone# → +15005550006 (1×)")
                .contains("IdTokenHint_ExtractClaims METADATA: https://psd2demo.azurewebsites.net/.well-known/"
                        + "openid-configuration → http://localhost:8080/.well-known/openid-configuration (1×)")
                .contains("validation: 0 error(s)")
                .contains("B2C_1A_PSD2_SUSI", "B2C_1A_PSD2_StepUp")
                .contains("dry run: nothing stored")
                .doesNotContain("placeholders left");
    }

    @Test
    void onPlainSocialAndLocalAccountsTheDanglingReferencesAreReportedLoudlyAndNothingIsImported() {
        Run run = run(args("SocialAndLocalAccounts").toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("newPhoneNumberEntered", "AAD-UserWritePhoneNumberUsingObjectId")
                .contains("*** The walkthrough's files need the SocialAndLocalAccountsWithMfa starter pack")
                .contains("not imported: validation failed");
    }

    @Test
    void anUnknownSettingIsRefusedWithTheKnownNames() {
        Run run = run(args("SocialAndLocalAccountsWithMfa", "--set", "twilio.sid=AC1").toArray(String[]::new));

        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("twilio.sid").contains("twilio.account-sid");
    }

    @Test
    void basesAreUploadedBeforeThePoliciesBuiltOnThem() {
        List<String> order = ImportCommand.uploadOrder(ImportCommand.read(List.of(
                        corpus().resolve("twilio-verify-psd2/StepUpPSD2"),
                        corpus().resolve("starterpack/SocialAndLocalAccountsWithMfa"))))
                .stream().map(source -> ImportCommand.policyId(source.text())).toList();

        assertThat(order.indexOf("B2C_1A_TrustFrameworkBase")).isZero();
        assertThat(order.indexOf("B2C_1A_TrustFrameworkExtensions"))
                .isLessThan(order.indexOf("B2C_1A_PSD2_StepUp_TrustFrameworkExtensions"));
        assertThat(order.indexOf("B2C_1A_PSD2_StepUp_TrustFrameworkExtensions"))
                .isLessThan(order.indexOf("B2C_1A_PSD2_StepUp"));
    }
}
