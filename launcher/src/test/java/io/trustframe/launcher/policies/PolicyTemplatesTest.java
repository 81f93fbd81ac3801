package io.trustframe.launcher.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustframe.engine.policy.PolicySource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTemplatesTest {

    static PolicyTemplates.Values values(String verifyBaseUrl, String bankMetadataUrl) {
        return new PolicyTemplates.Values("contoso.onmicrosoft.com", verifyBaseUrl,
                "VA0123456789abcdef0123456789abcdef", "AC0123456789abcdef0123456789abcdef", "+15005550006",
                bankMetadataUrl, "8a4e2c1d-7b6f-4e3a-a5c9-0d2b1f6e3c78");
    }

    @Test
    void everyTokenOfEveryFileIsFilledAndNoneIsLeft() {
        List<PolicySource> sources = PolicyTemplates.fill(values("http://localhost:8082/",
                "http://localhost:8080/.well-known/openid-configuration"));

        assertThat(sources).extracting(PolicySource::name).containsExactlyElementsOf(PolicyTemplates.FILES);
        assertThat(sources).allSatisfy(source -> assertThat(source.text()).doesNotContainPattern("__[A-Z_]+__"));
        String extensions = sources.get(2).text();
        assertThat(extensions)
                .contains("http://localhost:8082/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications")
                .contains("http://localhost:8082/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json")
                .contains("<Item Key=\"METADATA\">http://localhost:8080/.well-known/openid-configuration</Item>")
                .contains("<Item Key=\"IdTokenAudience\">8a4e2c1d-7b6f-4e3a-a5c9-0d2b1f6e3c78</Item>")
                .contains("DefaultValue=\"+15005550006\"");
        assertThat(sources.get(4).text()).contains("TenantId=\"contoso.onmicrosoft.com\"");
    }

    @Test
    void theFilesUseExactlyTheDocumentedTokens() {
        assertThat(PolicyTemplates.tokensIn("TrustframeExtensions.xml")).containsExactly("BANK_CLIENT_ID",
                "BANK_METADATA_URL", "SMS_FROM", "TENANT", "TWILIO_ACCOUNT_SID", "VERIFY_BASE_URL", "VERIFY_SERVICE_SID");
        assertThat(PolicyTemplates.tokensIn("TrustframeBase.xml")).containsExactly("TENANT");
        assertThat(PolicyTemplates.tokensIn("StepUp.xml")).containsExactly("TENANT");
    }

    @Test
    void aMissingValueIsRefusedWithItsName() {
        PolicyTemplates.Values noSender = new PolicyTemplates.Values("contoso.onmicrosoft.com", "http://localhost:8082",
                "VA0123", "AC0123", " ", "http://localhost:8080/.well-known/openid-configuration", null);

        assertThatThrownBy(() -> PolicyTemplates.fill(noSender))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TrustframeExtensions.xml")
                .hasMessageContaining("no value for BANK_CLIENT_ID, SMS_FROM");
    }

    @Test
    void anUnknownTokenIsRefused() {
        Map<String, String> tokens = new LinkedHashMap<>(values("http://v", "http://b").tokens());

        assertThatThrownBy(() -> PolicyTemplates.fill("X.xml", "<a b=\"__TENANT__\">__TENNANT__</a>", tokens))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("X.xml: cannot fill the policy template; unknown token TENNANT");
    }

    @Test
    void valuesAreEscapedForXml() {
        Map<String, String> tokens = Map.of("SMS_FROM", "Bank \"A&B\" <x>");

        assertThat(PolicyTemplates.fill("X.xml", "<a b=\"__SMS_FROM__\"/>", tokens))
                .isEqualTo("<a b=\"Bank &quot;A&amp;B&quot; &lt;x&gt;\"/>");
    }
}
