package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.engine.MailOutbox;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.launcher.scenario.HttpCustomer;
import io.trustframe.launcher.scenario.Page;
import io.trustframe.launcher.tenant.ImportCommand;
import picocli.CommandLine;

/**
 * Issue 9: the Twilio Verify PSD2 walkthrough's files, imported with {@code tenant import} exactly as published plus
 * its documented edits, run on the platform (free ports, the demo's Twilio host map, the bank pointed at
 * B2C_1A_PSD2_SUSI / B2C_1A_PSD2_StepUp by its settings): a customer signs up with phone enrolment by SMS, then
 * sends money and steps up with the code bound to amount and payee, and the bank executes the payment. Corpus read
 * in place through TRUSTFRAME_CORPUS (unset: skipped; set but missing: failed).
 */
class WalkthroughOnPlatformTest {

    @TempDir
    static Path dataDir;

    private static Platform platform;
    private static String importOutput;

    @BeforeAll
    static void startAndImport() {
        Path corpus = corpus();
        Map<Service, Integer> anyFreePort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyFreePort.put(service, 0);
        }
        platform = Platform.start(new PlatformSettings(anyFreePort, dataDir, true, true, DemoCommand.WALKTHROUGH_BANK));
        StringWriter out = new StringWriter();
        CommandLine command = Trustframe.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        int exit = command.execute("tenant", "import",
                corpus.resolve("starterpack/SocialAndLocalAccountsWithMfa").toString(),
                corpus.resolve("twilio-verify-psd2/SignUpSignIn").toString(),
                corpus.resolve("twilio-verify-psd2/StepUpPSD2").toString(),
                "--tenant", "contoso", "--identity", platform.baseUrl(Service.IDENTITY).toString(),
                "--data", dataDir.toString(),
                "--set", "bank.metadata-url=" + platform.baseUrl(Service.BANK) + "/.well-known/openid-configuration");
        importOutput = out.toString();
        assertThat(exit).as(importOutput).isZero();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static Path corpus() {
        String location = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(location != null && !location.isBlank(), "TRUSTFRAME_CORPUS is not set: walkthrough skipped");
        Path root = Path.of(location);
        if (!Files.isDirectory(root)) {
            fail("TRUSTFRAME_CORPUS is set to " + root + ", which is not a folder");
        }
        return root;
    }

    private static HttpCustomer customer(String name) {
        Tenant tenant = platform.bean(Service.IDENTITY, DefaultTenant.class).orElseThrow().get();
        MailOutbox mail = platform.bean(Service.IDENTITY, EnginePorts.class).orElseThrow().outbox();
        // The starter pack's password rule allows 8–16 characters.
        return new HttpCustomer(platform.baseUrl(Service.BANK), platform.baseUrl(Service.VERIFY),
                name.toLowerCase(java.util.Locale.ROOT) + "@example.com", "Passw0rd-Ok", name, "+14155550142")
                .readsMailWith(address -> mail.to(tenant, address).stream().findFirst().map(MailOutbox.Mail::code));
    }

    @Test
    void theImportUploadsEveryFileAndSetsTheTwilioKeys() {
        assertThat(importOutput)
                .contains("uploaded B2C_1A_TrustFrameworkBase", "uploaded B2C_1A_PSD2_SUSI", "uploaded B2C_1A_PSD2_StepUp")
                .contains("policy key B2C_1A_B2cRestTwilioClientId: set to the Twilio account SID")
                .contains("validation: 0 error(s)");
    }

    @Test
    void aCustomerSignsUpWithPhoneBySmsAndPaysAfterAStepUpBoundToAmountAndPayee() {
        HttpCustomer ada = customer("Ada");

        Page signedIn = ada.signUp();
        assertThat(signedIn.isOn(platform.baseUrl(Service.BANK))).as(signedIn.toString()).isTrue();
        assertThat(ada.inbox().messages()).as("the enrolment SMS").hasSize(1);

        Page confirm = ada.sendMoney("John Doe", "DE89370400440532013000", "50.00", "Invoice 42");
        assertThat(confirm.text()).as(confirm.toString()).contains("EUR 50.00").contains("John Doe");
        assertThat(ada.lastSms()).contains("50.00").contains("John Doe");

        Page result = ada.confirm(confirm);
        assertThat(result.text()).as(result.toString()).contains("Payment sent", "EUR 50.00 is on its way to John Doe");
        HttpCustomer.Account account = ada.account();
        assertThat(account.history()).first().satisfies(payment -> {
            assertThat(payment.payee()).isEqualTo("John Doe");
            assertThat(payment.amount()).isEqualTo("EUR 50.00");
        });
    }
}
