package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * Policies the validator refuses still never crash the engine: the journey fails with B2C's generic error
 * (AADB2C90037) and keeps its correlation id.
 */
class BrokenPolicyJourneyTest {

    private static String policy(String claimType, String firstStep) {
        return """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_Broken"
                    PublicPolicyUri="http://contoso.example/B2C_1A_Broken">
                  <BuildingBlocks>
                    <ClaimsSchema>
                      <ClaimType Id="count"><DisplayName>count</DisplayName><DataType>%s</DataType></ClaimType>
                    </ClaimsSchema>
                    <ClaimsTransformations>
                      <ClaimsTransformation Id="MakeText" TransformationMethod="CreateStringClaim">
                        <InputParameters><InputParameter Id="value" DataType="string" Value="abc" /></InputParameters>
                        <OutputClaims><OutputClaim ClaimTypeReferenceId="count" TransformationClaimType="createdClaim" /></OutputClaims>
                      </ClaimsTransformation>
                    </ClaimsTransformations>
                  </BuildingBlocks>
                  <ClaimsProviders><ClaimsProvider><DisplayName>X</DisplayName><TechnicalProfiles>
                    <TechnicalProfile Id="Make"><DisplayName>Make</DisplayName><Protocol Name="None" />
                      <OutputClaims><OutputClaim ClaimTypeReferenceId="count" /></OutputClaims>
                      <OutputClaimsTransformations><OutputClaimsTransformation ReferenceId="MakeText" /></OutputClaimsTransformations>
                    </TechnicalProfile>
                    <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
                  </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
                  <UserJourneys><UserJourney Id="J"><OrchestrationSteps>
                    %s
                    <OrchestrationStep Order="2" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
                  </OrchestrationSteps></UserJourney></UserJourneys>
                  <RelyingParty><DefaultUserJourney ReferenceId="J" />
                    <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(claimType, firstStep);
    }

    private Outcome run(String xml) {
        var rp = PolicyLoader.load(PolicySource.of("B2C_1A_Broken.xml", xml)).relyingParty("B2C_1A_Broken");
        return new JourneyEngine(new TestPorts().ports()).start(rp, JourneyRequest.of("contoso.example", "app", "https://a/cb"));
    }

    @Test
    void aTransformationResultTheClaimTypeCannotHoldFailsTheJourney() {
        Outcome outcome = run(policy("int", """
                <OrchestrationStep Order="1" Type="ClaimsExchange"><ClaimsExchanges>
                  <ClaimsExchange Id="MakeExchange" TechnicalProfileReferenceId="Make" /></ClaimsExchanges></OrchestrationStep>"""));

        assertThat(outcome).isInstanceOf(Outcome.Fail.class);
        assertThat(((Outcome.Fail) outcome).error()).isEqualTo(B2cError.AADB2C90037);
    }

    @Test
    void anUnknownSubJourneyFailsTheJourneyInsteadOfThrowing() {
        Outcome outcome = run(policy("string", """
                <OrchestrationStep Order="1" Type="InvokeSubJourney"><JourneyList>
                  <Candidate SubJourneyReferenceId="Missing" /></JourneyList></OrchestrationStep>"""));

        assertThat(outcome).isInstanceOf(Outcome.Fail.class);
        assertThat(outcome.state().correlationId()).isNotBlank();
    }
}
