package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import org.junit.jupiter.api.Test;

/** Server-side predicate validation of a claim value, as a self-asserted page enforces it. */
class PredicateCheckTest {

    private static final String POLICY = """
            <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_Pred"
                PublicPolicyUri="http://contoso.example/B2C_1A_Pred">
              <BuildingBlocks>
                <ClaimsSchema>
                  <ClaimType Id="secret">
                    <DisplayName>Secret</DisplayName><DataType>string</DataType><UserInputType>Password</UserInputType>
                    <PredicateValidationReference Id="StrongSecret" />
                  </ClaimType>
                  <ClaimType Id="colour">
                    <DisplayName>Colour</DisplayName><DataType>string</DataType><UserInputType>DropdownSingleSelect</UserInputType>
                    <Restriction><Enumeration Text="Red" Value="red" /><Enumeration Text="Blue" Value="blue" /></Restriction>
                  </ClaimType>
                  <ClaimType Id="birthday">
                    <DisplayName>Birthday</DisplayName><DataType>date</DataType><UserInputType>DateTimeDropdown</UserInputType>
                    <PredicateValidationReference Id="Adult" />
                  </ClaimType>
                </ClaimsSchema>
                <Predicates>
                  <Predicate Id="Length" Method="IsLengthRange" HelpText="8 to 64 characters.">
                    <Parameters><Parameter Id="Minimum">8</Parameter><Parameter Id="Maximum">64</Parameter></Parameters>
                  </Predicate>
                  <Predicate Id="Lower" Method="IncludesCharacters" HelpText="a lowercase letter">
                    <Parameters><Parameter Id="CharacterSet">a-z</Parameter></Parameters>
                  </Predicate>
                  <Predicate Id="Upper" Method="IncludesCharacters" HelpText="an uppercase letter">
                    <Parameters><Parameter Id="CharacterSet">A-Z</Parameter></Parameters>
                  </Predicate>
                  <Predicate Id="Digit" Method="IncludesCharacters" HelpText="a digit">
                    <Parameters><Parameter Id="CharacterSet">0-9</Parameter></Parameters>
                  </Predicate>
                  <Predicate Id="Born" Method="IsDateRange" HelpText="Between 1900 and 2008.">
                    <Parameters><Parameter Id="Minimum">1900-01-01</Parameter><Parameter Id="Maximum">2008-12-31</Parameter></Parameters>
                  </Predicate>
                </Predicates>
                <PredicateValidations>
                  <PredicateValidation Id="StrongSecret">
                    <PredicateGroups>
                      <PredicateGroup Id="LengthGroup"><PredicateReferences><PredicateReference Id="Length" /></PredicateReferences></PredicateGroup>
                      <PredicateGroup Id="Classes">
                        <UserHelpText>Two of: lowercase, uppercase, digit.</UserHelpText>
                        <PredicateReferences MatchAtLeast="2">
                          <PredicateReference Id="Lower" /><PredicateReference Id="Upper" /><PredicateReference Id="Digit" />
                        </PredicateReferences>
                      </PredicateGroup>
                    </PredicateGroups>
                  </PredicateValidation>
                  <PredicateValidation Id="Adult">
                    <PredicateGroups>
                      <PredicateGroup Id="Range"><PredicateReferences><PredicateReference Id="Born" /></PredicateReferences></PredicateGroup>
                    </PredicateGroups>
                  </PredicateValidation>
                </PredicateValidations>
              </BuildingBlocks>
              <ClaimsProviders><ClaimsProvider><DisplayName>X</DisplayName><TechnicalProfiles>
                <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
              </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
              <UserJourneys><UserJourney Id="J"><OrchestrationSteps>
                <OrchestrationStep Order="1" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
              </OrchestrationSteps></UserJourney></UserJourneys>
              <RelyingParty><DefaultUserJourney ReferenceId="J" />
                <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
              </RelyingParty>
            </TrustFrameworkPolicy>
            """;

    private final RelyingPartyPolicy policy =
            PolicyLoader.load(PolicySource.of("B2C_1A_Pred.xml", POLICY)).relyingParty("B2C_1A_Pred");

    private java.util.List<String> check(String claimType, String value) {
        return PredicateCheck.errors(policy, policy.claimType(claimType), value);
    }

    @Test
    void aGroupPassesWhenAtLeastMatchAtLeastOfItsPredicatesPass() {
        assertThat(check("secret", "abcdefgH")).isEmpty();
        assertThat(check("secret", "abcdefg1")).isEmpty();
        assertThat(check("secret", "abcdefgh")).containsExactly("Two of: lowercase, uppercase, digit.",
                "an uppercase letter", "a digit");
    }

    @Test
    void aGroupWithoutMatchAtLeastNeedsAllItsPredicates() {
        assertThat(check("secret", "aB1")).containsExactly("8 to 64 characters.");
    }

    @Test
    void enumerationValuesAreTheOnlyAcceptedValues() {
        assertThat(check("colour", "blue")).isEmpty();
        assertThat(check("colour", "Blue")).isNotEmpty();
        assertThat(check("colour", "green")).isNotEmpty();
    }

    @Test
    void dateRangesAreInclusive() {
        assertThat(check("birthday", "2008-12-31")).isEmpty();
        assertThat(check("birthday", "2009-01-01")).containsExactly("Between 1900 and 2008.");
    }
}
