package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The id_token_hint profile's symmetric form (issuer + IdTokenAudience + client_secret key), as in B2C's
 * "sign-up with email invitation": signature, issuer, audience and lifetime are all checked.
 */
class SymmetricIdTokenHintTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";
    private static final String POLICY = """
            <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_Invite"
                PublicPolicyUri="http://contoso.example/B2C_1A_Invite">
              <BuildingBlocks><ClaimsSchema>
                <ClaimType Id="email"><DisplayName>Email</DisplayName><DataType>string</DataType></ClaimType>
              </ClaimsSchema></BuildingBlocks>
              <ClaimsProviders><ClaimsProvider><DisplayName>Invitations</DisplayName><TechnicalProfiles>
                <TechnicalProfile Id="IdTokenHint_ExtractClaims">
                  <DisplayName>Invitation hint</DisplayName>
                  <Protocol Name="None" />
                  <Metadata>
                    <Item Key="IdTokenAudience">trustframe-invite</Item>
                    <Item Key="issuer">https://inviter.example</Item>
                  </Metadata>
                  <CryptographicKeys>
                    <Key Id="client_secret" StorageReferenceId="B2C_1A_InviteSecret" />
                  </CryptographicKeys>
                  <OutputClaims><OutputClaim ClaimTypeReferenceId="email" /></OutputClaims>
                </TechnicalProfile>
                <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
              </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
              <UserJourneys><UserJourney Id="Invite"><OrchestrationSteps>
                <OrchestrationStep Order="1" Type="GetClaims" CpimIssuerTechnicalProfileReferenceId="IdTokenHint_ExtractClaims" />
                <OrchestrationStep Order="2" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
              </OrchestrationSteps></UserJourney></UserJourneys>
              <RelyingParty><DefaultUserJourney ReferenceId="Invite" />
                <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" />
                  <InputClaims><InputClaim ClaimTypeReferenceId="email" PartnerClaimType="email" /></InputClaims>
                  <OutputClaims><OutputClaim ClaimTypeReferenceId="email" /></OutputClaims>
                </TechnicalProfile>
              </RelyingParty>
            </TrustFrameworkPolicy>
            """;

    private TestPorts world;
    private RelyingPartyPolicy policy;

    @BeforeEach
    void load() {
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Invite.xml", POLICY));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        policy = policies.relyingParty("B2C_1A_Invite");
        world = new TestPorts();
        world.secret("B2C_1A_InviteSecret", SECRET);
    }

    private Outcome startWith(String issuer, String audience, String secret, Instant expiry) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).claim("email", "new@example.com")
                .notBeforeTime(Date.from(world.clock.instant().minusSeconds(60))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return new JourneyEngine(world.ports()).start(policy,
                JourneyRequest.of("contoso.example", "app", "https://app.example/cb").withIdTokenHint(jwt.serialize()));
    }

    private Instant later() {
        return world.clock.instant().plusSeconds(600);
    }

    @Test
    void aValidInvitationHandsItsClaimsToTheJourney() throws Exception {
        Outcome outcome = startWith("https://inviter.example", "trustframe-invite", SECRET, later());

        assertThat(((Outcome.Complete) outcome).claims()).containsEntry("email", "new@example.com");
    }

    @Test
    void anotherAudienceIsRejected() throws Exception {
        assertThat(((Outcome.Fail) startWith("https://inviter.example", "someone-else", SECRET, later())).error())
                .isEqualTo(B2cError.AADB2C90208);
    }

    @Test
    void anotherIssuerIsRejected() throws Exception {
        assertThat(((Outcome.Fail) startWith("https://mallory.example", "trustframe-invite", SECRET, later())).error())
                .isEqualTo(B2cError.AADB2C90208);
    }

    @Test
    void anotherSecretIsRejected() throws Exception {
        assertThat(((Outcome.Fail) startWith("https://inviter.example", "trustframe-invite",
                "a-different-secret-of-at-least-32-bytes", later())).error()).isEqualTo(B2cError.AADB2C90208);
    }

    @Test
    void anExpiredInvitationIsRejected() throws Exception {
        assertThat(((Outcome.Fail) startWith("https://inviter.example", "trustframe-invite", SECRET,
                world.clock.instant().minusSeconds(1))).error()).isEqualTo(B2cError.AADB2C90208);
    }
}
