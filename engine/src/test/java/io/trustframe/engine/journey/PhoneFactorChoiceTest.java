package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A phone factor with two numbers on record (B2C's "multiple phone numbers" form, as in its mfa-add-secondarymfa
 * sample): the user picks one of the masked numbers, the code goes to that one, nothing counts as a new number.
 */
class PhoneFactorChoiceTest {

    private static final String POLICY = """
            <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_TwoPhones"
                PublicPolicyUri="http://contoso.example/B2C_1A_TwoPhones">
              <BuildingBlocks>
                <ClaimsSchema>
                  <ClaimType Id="userIdForMFA"><DisplayName>User</DisplayName><DataType>string</DataType></ClaimType>
                  <ClaimType Id="strongAuthenticationPhoneNumber"><DisplayName>Phone</DisplayName><DataType>string</DataType></ClaimType>
                  <ClaimType Id="secondaryPhone"><DisplayName>Second phone</DisplayName><DataType>string</DataType></ClaimType>
                  <ClaimType Id="verifiedPhone"><DisplayName>Verified phone</DisplayName><DataType>string</DataType></ClaimType>
                  <ClaimType Id="newPhoneNumberEntered"><DisplayName>New</DisplayName><DataType>boolean</DataType></ClaimType>
                </ClaimsSchema>
                <ContentDefinitions>
                  <ContentDefinition Id="api.phonefactor">
                    <LoadUri>~/tenant/templates/AzureBlue/multifactor-1.0.0.cshtml</LoadUri>
                    <DataUri>urn:com:microsoft:aad:b2c:elements:contract:multifactor:1.2.5</DataUri>
                  </ContentDefinition>
                </ContentDefinitions>
              </BuildingBlocks>
              <ClaimsProviders><ClaimsProvider><DisplayName>Phones</DisplayName><TechnicalProfiles>
                <TechnicalProfile Id="OnRecord">
                  <DisplayName>Numbers on record</DisplayName>
                  <Protocol Name="Proprietary" Handler="Web.TPEngine.Providers.ClaimsTransformationProtocolProvider, Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" />
                  <OutputClaims>
                    <OutputClaim ClaimTypeReferenceId="userIdForMFA" DefaultValue="user-1@contoso.example" />
                    <OutputClaim ClaimTypeReferenceId="strongAuthenticationPhoneNumber" DefaultValue="+44 7700 900123" />
                    <OutputClaim ClaimTypeReferenceId="secondaryPhone" DefaultValue="+4915112345678" />
                  </OutputClaims>
                </TechnicalProfile>
                <TechnicalProfile Id="PhoneFactor-Choose">
                  <DisplayName>PhoneFactor</DisplayName>
                  <Protocol Name="Proprietary" Handler="Web.TPEngine.Providers.PhoneFactorProtocolProvider, Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" />
                  <Metadata><Item Key="ContentDefinitionReferenceId">api.phonefactor</Item></Metadata>
                  <InputClaims>
                    <InputClaim ClaimTypeReferenceId="userIdForMFA" PartnerClaimType="UserId" />
                    <InputClaim ClaimTypeReferenceId="strongAuthenticationPhoneNumber" />
                    <InputClaim ClaimTypeReferenceId="secondaryPhone" />
                  </InputClaims>
                  <OutputClaims>
                    <OutputClaim ClaimTypeReferenceId="verifiedPhone" PartnerClaimType="Verified.OfficePhone" />
                    <OutputClaim ClaimTypeReferenceId="newPhoneNumberEntered" PartnerClaimType="newPhoneNumberEntered" />
                  </OutputClaims>
                </TechnicalProfile>
                <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
              </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
              <UserJourneys><UserJourney Id="TwoPhones"><OrchestrationSteps>
                <OrchestrationStep Order="1" Type="ClaimsExchange">
                  <ClaimsExchanges><ClaimsExchange Id="Record" TechnicalProfileReferenceId="OnRecord" /></ClaimsExchanges>
                </OrchestrationStep>
                <OrchestrationStep Order="2" Type="ClaimsExchange">
                  <ClaimsExchanges><ClaimsExchange Id="Phone" TechnicalProfileReferenceId="PhoneFactor-Choose" /></ClaimsExchanges>
                </OrchestrationStep>
                <OrchestrationStep Order="3" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
              </OrchestrationSteps></UserJourney></UserJourneys>
              <RelyingParty><DefaultUserJourney ReferenceId="TwoPhones" />
                <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" />
                  <OutputClaims>
                    <OutputClaim ClaimTypeReferenceId="verifiedPhone" PartnerClaimType="phone_number" />
                    <OutputClaim ClaimTypeReferenceId="newPhoneNumberEntered" />
                  </OutputClaims>
                </TechnicalProfile>
              </RelyingParty>
            </TrustFrameworkPolicy>
            """;

    private TestPorts world;
    private RelyingPartyPolicy policy;

    @BeforeEach
    void load() {
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_TwoPhones.xml", POLICY));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        policy = policies.relyingParty("B2C_1A_TwoPhones");
        world = new TestPorts();
    }

    @Test
    void theUserPicksOneOfTheMaskedNumbersAndTheCodeGoesThere() {
        Browser browser = new Browser(new JourneyEngine(world.ports()), policy);
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));

        Page.Field numbers = browser.page().field("phoneNumber").orElseThrow();
        assertThat(numbers.userInputType()).isEqualTo("RadioSingleSelect");
        assertThat(numbers.options()).extracting(Page.Option::text).containsExactly("XXX-XXX-0123", "XXX-XXX-5678");

        browser.action("phoneFactor", "SendCode", Map.of("phoneNumber", "1"));
        assertThat(world.texts).extracting(text -> text[0]).containsExactly("+4915112345678");
        browser.action("phoneFactor", "VerifyCode", Map.of("verificationCode", world.lastTextedCode("+4915112345678")));

        assertThat(browser.complete().claims()).containsEntry("phone_number", "+4915112345678")
                .doesNotContainKey("newPhoneNumberEntered");
    }

    @Test
    void aChoiceOutsideTheListTextsNobody() {
        Browser browser = new Browser(new JourneyEngine(world.ports()), policy);
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));

        browser.action("phoneFactor", "SendCode", Map.of("phoneNumber", "+15005550006"));

        assertThat(browser.page().errors()).hasSize(1);
        assertThat(world.texts).isEmpty();
    }
}
