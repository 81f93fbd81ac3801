package io.trustframe.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BankPropertiesTest {

    private static BankProperties withAuthority(String aadInstance, Duration hintLifetime) {
        return new BankProperties("contoso.onmicrosoft.com", "tenant-guid", "client", "secret", aadInstance,
                "http://localhost:8080/signin-oidc", "http://localhost:8080/payments/step-up", "http://localhost:8080/",
                "", "RS256", "", "pw", "B2C_1A_PSD2_SUSI", "B2C_1A_PSD2_StepUp", "B2C_1A_PSD2_ProfileEdit",
                "B2C_1A_PSD2_PasswordReset", hintLifetime, Duration.ofMinutes(15), "2500.00", "EUR", false);
    }

    @Test
    void fillsTheAuthorityPatternLikeTheDotNetDemo() {
        BankProperties walkthrough = withAuthority("https://contoso.b2clogin.com/tfp/{0}/{1}/", Duration.ofMinutes(5));

        assertThat(walkthrough.authority("B2C_1A_PSD2_StepUp"))
                .isEqualTo("https://contoso.b2clogin.com/tfp/contoso.onmicrosoft.com/B2C_1A_PSD2_StepUp");
        assertThat(walkthrough.metadataUrl("B2C_1A_PSD2_SUSI")).isEqualTo(
                "https://contoso.b2clogin.com/tfp/contoso.onmicrosoft.com/B2C_1A_PSD2_SUSI/v2.0/.well-known/openid-configuration");
    }

    @Test
    void theHintIssuerIsThePublicUrlWithOneSlash() {
        assertThat(withAuthority("http://localhost:8081/{0}/{1}", Duration.ofMinutes(5)).hintIssuer())
                .isEqualTo("http://localhost:8080/");
    }

    @Test
    void refusesAHintThatNeverLives() {
        assertThatThrownBy(() -> withAuthority("http://localhost:8081/{0}/{1}", Duration.ZERO))
                .hasMessageContaining("hint-lifetime");
    }
}
