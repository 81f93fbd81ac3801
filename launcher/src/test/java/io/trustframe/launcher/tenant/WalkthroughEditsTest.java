package io.trustframe.launcher.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WalkthroughEditsTest {

    private static final WalkthroughEdits.Values VALUES = new WalkthroughEdits.Values("Contoso.onmicrosoft.com",
            "AC0123", "VA4567", "+15005550006", "http://localhost:8080/.well-known/openid-configuration?a=1&b=2",
            "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222");

    private static final String PROFILES = """
            <TrustFrameworkPolicy TenantId="yourtenant.onmicrosoft.com" PolicyId="B2C_1A_X"
                PublicPolicyUri="http://yourtenant.onmicrosoft.com/B2C_1A_X">
              <!-- Sample action required: yourtenant -->
              <TechnicalProfile Id="TwilioRestAPI-Enrol">
                <Metadata>
                  <Item Key="ServiceUrl">https://api.twilio.com/2010-04-01/Accounts/twilioAccountSID/Messages.json</Item>
                </Metadata>
                <InputClaims>
                  <InputClaim ClaimTypeReferenceId="From" DefaultValue="+twilioPhone#"/>
                  <InputClaim ClaimTypeReferenceId="Channel" DefaultValue="sms"/>
                </InputClaims>
              </TechnicalProfile>
              <TechnicalProfile Id="TwilioRestAPI-Verify-Step1">
                <Metadata>
                  <Item Key="ServiceUrl">https://verify.twilio.com/v2/Services/twilioAccountSID/Verifications</Item>
                </Metadata>
              </TechnicalProfile>
              <TechnicalProfile Id="Other">
                <Metadata>
                  <Item Key="METADATA">https://other.example/.well-known/openid-configuration</Item>
                </Metadata>
              </TechnicalProfile>
              <TechnicalProfile Id="IdTokenHint_ExtractClaims">
                <Metadata>
                  <Item Key="METADATA">https://psd2demo.azurewebsites.net/.well-known/openid-configuration</Item>
                </Metadata>
              </TechnicalProfile>
              <TechnicalProfile Id="login-NonInteractive">
                <Metadata>
                  <Item Key="client_id">ProxyIdentityExperienceFrameworkAppId</Item>
                  <Item Key="IdTokenAudience">IdentityExperienceFrameworkAppId</Item>
                </Metadata>
              </TechnicalProfile>
            </TrustFrameworkPolicy>
            """;

    @Test
    void everyDocumentedPlaceholderIsReplacedAndNothingElse() {
        WalkthroughEdits.EditedFile edited = WalkthroughEdits.apply("X.xml", PROFILES, VALUES);

        assertThat(edited.text())
                .contains("TenantId=\"contoso.onmicrosoft.com\"", "http://contoso.onmicrosoft.com/B2C_1A_X",
                        "<!-- Sample action required: contoso -->")
                .contains("https://api.twilio.com/2010-04-01/Accounts/AC0123/Messages.json")
                .contains("https://verify.twilio.com/v2/Services/VA4567/Verifications")
                .contains("ClaimTypeReferenceId=\"From\" DefaultValue=\"+15005550006\"")
                .contains("DefaultValue=\"sms\"")
                .contains("<Item Key=\"METADATA\">https://other.example/.well-known/openid-configuration</Item>")
                .contains("<Item Key=\"METADATA\">http://localhost:8080/.well-known/openid-configuration?a=1&amp;b=2</Item>")
                .contains("<Item Key=\"client_id\">22222222-2222-2222-2222-222222222222</Item>")
                .contains("<Item Key=\"IdTokenAudience\">11111111-1111-1111-1111-111111111111</Item>");
        assertThat(WalkthroughEdits.placeholdersLeft(edited.text())).isEmpty();
    }

    @Test
    void eachKindOfChangeIsReportedWithItsCount() {
        WalkthroughEdits.EditedFile edited = WalkthroughEdits.apply("X.xml", PROFILES, VALUES);

        assertThat(edited.changes()).extracting(WalkthroughEdits.Change::toString).containsExactly(
                "ProxyIdentityExperienceFramework app id: ProxyIdentityExperienceFrameworkAppId → 22222222-2222-2222-2222-222222222222 (1×)",
                "IdentityExperienceFramework app id: IdentityExperienceFrameworkAppId → 11111111-1111-1111-1111-111111111111 (1×)",
                "tenant: yourtenant → contoso (3×)",
                "ServiceUrl account SID: Accounts/twilioAccountSID → Accounts/AC0123 (1×)",
                "ServiceUrl Verify service SID: Services/twilioAccountSID → Services/VA4567 (1×)",
                "From of the enrolment SMS: +twilioPhone# → +15005550006 (1×)",
                "IdTokenHint_ExtractClaims METADATA: https://psd2demo.azurewebsites.net/.well-known/openid-configuration"
                        + " → http://localhost:8080/.well-known/openid-configuration?a=1&b=2 (1×)");
    }

    @Test
    void editingAnEditedFileAgainChangesNothing() {
        String once = WalkthroughEdits.apply("X.xml", PROFILES, VALUES).text();

        WalkthroughEdits.EditedFile twice = WalkthroughEdits.apply("X.xml", once, VALUES);

        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.changes()).isEmpty();
    }

    @Test
    void placeholdersThatAreStillThereAreNamed() {
        assertThat(WalkthroughEdits.placeholdersLeft(PROFILES)).containsExactly("yourtenant", "twilioAccountSID",
                "+twilioPhone#", "ProxyIdentityExperienceFrameworkAppId", "IdentityExperienceFrameworkAppId");
    }

    @Test
    void theTenantMayBeGivenByNameOrDomain() {
        assertThat(List.of("contoso", "CONTOSO", "contoso.onmicrosoft.com"))
                .allMatch(t -> WalkthroughEdits.Values.tenantName(t).equals("contoso"));
    }
}
