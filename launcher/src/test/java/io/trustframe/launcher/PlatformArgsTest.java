package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class PlatformArgsTest {

    @Test
    void aBankSettingReplacesTheDemosArgumentInsteadOfRepeatingIt() {
        List<String> args = Platform.withOverrides(List.of("--trustframe.bank.step-up-policy=B2C_1A_TF_PSD2_StepUp",
                "--trustframe.bank.tenant=contoso.onmicrosoft.com"),
                DemoCommand.asArgs(DemoCommand.WALKTHROUGH_BANK));

        assertThat(args).contains("--trustframe.bank.step-up-policy=B2C_1A_PSD2_StepUp",
                        "--trustframe.bank.tenant=contoso.onmicrosoft.com",
                        "--trustframe.bank.step-up-account-number-optional=true")
                .doesNotContain("--trustframe.bank.step-up-policy=B2C_1A_TF_PSD2_StepUp");
    }

    @Test
    void theTwilioHostMapSendsBothTwilioApiHostsToTheLocalVerifyService() {
        assertThat(Platform.twilioHostMap(URI.create("http://localhost:8082")))
                .isEqualTo("api.twilio.com=http://localhost:8082,verify.twilio.com=http://localhost:8082");
    }

    @Test
    void demoWalkthroughPointsTheBankAtTheWalkthroughsPoliciesAndRealTwilioTurnsTheHostMapOff() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--walkthrough", "--real-twilio",
                "--bank-setting", "trustframe.bank.step-up-policy=B2C_1A_MyStepUp");

        PlatformSettings settings = demo.settings();

        assertThat(settings.twilioHostMap()).isFalse();
        assertThat(settings.bankArgs()).contains("--trustframe.bank.sign-up-sign-in-policy=B2C_1A_PSD2_SUSI",
                "--trustframe.bank.step-up-policy=B2C_1A_MyStepUp",
                "--trustframe.bank.step-up-account-number-optional=true");
    }

    @Test
    void byDefaultTheDemoKeepsItsOwnBankSettingsAndMapsTwilioLocally() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();

        PlatformSettings settings = demo.settings();

        assertThat(settings.bankArgs()).isEmpty();
        assertThat(settings.twilioHostMap()).isEqualTo(System.getenv("TRUSTFRAME_IDENTITY_HTTP_HOST_MAP") == null);
    }
}
