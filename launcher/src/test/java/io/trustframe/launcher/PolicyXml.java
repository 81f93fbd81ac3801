package io.trustframe.launcher;

/** Small TrustFrameworkPolicy files for the command tests: a base policy and a relying party on it. */
public final class PolicyXml {

    private PolicyXml() {
    }

    /** A base policy of {@code tenant} with one claim (objectId) and one journey, {@code Issue}, that issues a JWT. */
    public static String base(String policyId, String tenant) {
        return """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="%s" PolicyId="%s">
                  <BuildingBlocks>
                    <ClaimsSchema>
                      <ClaimType Id="objectId"><DataType>string</DataType></ClaimType>
                    </ClaimsSchema>
                  </BuildingBlocks>
                  <ClaimsProviders>
                    <ClaimsProvider>
                      <DisplayName>Token issuer</DisplayName>
                      <TechnicalProfiles>
                        <TechnicalProfile Id="JwtIssuer">
                          <Protocol Name="None" />
                          <OutputTokenFormat>JWT</OutputTokenFormat>
                        </TechnicalProfile>
                      </TechnicalProfiles>
                    </ClaimsProvider>
                  </ClaimsProviders>
                  <UserJourneys>
                    <UserJourney Id="Issue">
                      <OrchestrationSteps>
                        <OrchestrationStep Order="1" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
                      </OrchestrationSteps>
                    </UserJourney>
                  </UserJourneys>
                </TrustFrameworkPolicy>
                """.formatted(tenant, policyId);
    }

    /** A relying party on {@code basePolicyId} running {@code journey} and sending {@code claim} as {@code sub}. */
    public static String relyingParty(String policyId, String basePolicyId, String journey, String claim) {
        return """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="contoso.onmicrosoft.com" PolicyId="%s">
                  <BasePolicy>
                    <TenantId>contoso.onmicrosoft.com</TenantId>
                    <PolicyId>%s</PolicyId>
                  </BasePolicy>
                  <RelyingParty>
                    <DefaultUserJourney ReferenceId="%s" />
                    <TechnicalProfile Id="PolicyProfile">
                      <Protocol Name="OpenIdConnect" />
                      <OutputClaims>
                        <OutputClaim ClaimTypeReferenceId="%s" PartnerClaimType="sub" />
                      </OutputClaims>
                    </TechnicalProfile>
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(policyId, basePolicyId, journey, claim);
    }
}
