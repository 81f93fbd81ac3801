package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.parse.PolicyParser;

/** Reading one file: the whole model, and refusing what a policy must never contain. */
class PolicyParserTest {

    private static final String ROOT = "<TrustFrameworkPolicy xmlns=\"http://schemas.microsoft.com/online/cpim/"
            + "schemas/2013/06\" PolicySchemaVersion=\"0.3.0.0\" TenantId=\"contoso.onmicrosoft.com\""
            + " PolicyId=\"B2C_1A_X\">";

    @Test
    void everyModelledElementAndAttributeIsReadWithoutWarnings() {
        PolicySet set = PolicyLoader.load(BrokenPolicyTest.sources("base", "coverage"));

        ValidationReport report = PolicyValidator.validate(set);

        assertThat(report.lines()).isEmpty();
        RelyingPartyPolicy policy = set.relyingParty("B2C_1A_Everything");
        TechnicalProfile profile = policy.technicalProfile("everything-include");
        assertThat(profile.protocol().name()).isEqualTo("OpenIdConnect");
        assertThat(profile.inputTokenFormat()).isEqualTo("JWT");
        assertThat(profile.cryptographicKeys()).extracting(k -> k.storageReferenceId())
                .containsExactly("B2C_1A_ContosoSecret");
        assertThat(profile.inputClaims().get(0).alwaysUseDefaultValue()).isTrue();
        assertThat(profile.validationTechnicalProfiles().get(0).preconditions().get(0).values())
                .containsExactly("accountEnabled", "False");
        assertThat(profile.subjectNamingInfo().nameFormat()).startsWith("urn:oasis");
        assertThat(profile.includeInSso()).isFalse();
        assertThat(profile.enabledForUserJourneysOrDefault()).isEqualTo("OnClaimsExistence");
        assertThat(policy.claimsProviderOf("Everything-Profile")).map(p -> p.domain()).contains("contoso.com");
        var phone = policy.claimType("Phone");
        assertThat(phone.mask().value()).isEqualTo("XXX-XXX-");
        assertThat(phone.restriction().pattern().regularExpression()).isEqualTo("^\\+[0-9 ]+$");
        assertThat(phone.partnerClaimType("openidconnect")).contains("phone_number");
        assertThat(phone.type()).isEqualTo(io.trustframe.engine.policy.model.ClaimDataType.PHONE_NUMBER);
        assertThat(policy.technicalProfile("SM-Noop").protocol().handlerType())
                .isEqualTo("Web.TPEngine.SSO.NoopSSOSessionProvider");
        assertThat(policy.displayControl("PHONECONTROL").actions().get(0).technicalProfiles().get(0).continueOnSuccess())
                .isTrue();
        RelyingParty.UserJourneyBehaviors behaviors = policy.relyingParty().userJourneyBehaviors();
        assertThat(behaviors.singleSignOn().keepAliveInDays()).isEqualTo(7);
        assertThat(behaviors.sessionExpiryInSeconds()).isEqualTo(900);
        assertThat(behaviors.journeyInsights().developerMode()).isTrue();
        assertThat(behaviors.contentDefinitionParameters().get(0).value()).isEqualTo("{OAUTH-KV:campaignId}");
        assertThat(behaviors.journeyFraming().sources()).isEqualTo("https://bank.contoso.com");
        assertThat(policy.userJourney("everything").orchestrationSteps().get(0).displayOption()).isTrue();
        assertThat(policy.subJourney("finish").isTransfer()).isTrue();
        assertThat(policy.leaf().tenantObjectId()).startsWith("1111");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>" + ROOT + "&lol2;"
                + "</TrustFrameworkPolicy>";

        PolicyParser.Result result = PolicyParser.parse("laughs.xml", laughs);

        assertThat(result.policy()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .isEqualTo("laughs.xml:1:127: error: not a well-formed policy document: DOCTYPE declarations are"
                        + " not allowed in a policy");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + ROOT + "<BasePolicy><PolicyId>&secret;</PolicyId></BasePolicy></TrustFrameworkPolicy>";

        PolicyParser.Result result = PolicyParser.parse("external.xml", external);

        assertThat(result.policy()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "not a well-formed policy document: DOCTYPE declarations are not allowed in a policy");
    }

    @Test
    void malformedXmlIsOneErrorAtItsPosition() {
        PolicyParser.Result result = PolicyParser.parse("broken.xml", ROOT + "\n  <BuildingBlocks>\n</TrustFrameworkPolicy>");

        assertThat(result.policy()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("broken.xml:3:").contains("error: not a well-formed policy document:");
    }

    @Test
    void aDocumentThatIsNotAPolicyIsNamedAsSuch() {
        PolicyParser.Result result = PolicyParser.parse("pom.xml", "<project xmlns=\"urn:maven\"/>");

        assertThat(result.policy()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("pom.xml:1:1: error: root"
                + " element is {urn:maven}project; expected TrustFrameworkPolicy in namespace"
                + " http://schemas.microsoft.com/online/cpim/schemas/2013/06 [project]");
    }

    @Test
    void filesOverB2csSizeLimitAreNotRead() {
        String big = ROOT + "<!--" + "x".repeat((int) PolicyLoader.MAX_FILE_BYTES) + "--></TrustFrameworkPolicy>";

        PolicySet set = PolicyLoader.load(List.of(PolicySource.of("big.xml", big)));

        assertThat(set.policies().size()).isZero();
        assertThat(set.diagnostics()).extracting(Diagnostic::format).containsExactly("big.xml:1:1: error: policy"
                + " file is larger than 1048576 bytes; expected at most 1024 KB, B2C's limit for one policy file");
    }

    @Test
    void aPolicyIdUsedTwiceIsReportedAtTheSecondFile() {
        PolicySet set = PolicyLoader.load(List.of(PolicySource.of("a.xml", ROOT + "</TrustFrameworkPolicy>"),
                PolicySource.of("b.xml", "\n" + ROOT + "</TrustFrameworkPolicy>")));

        assertThat(set.diagnostics()).extracting(Diagnostic::format).containsExactly("b.xml:2:1: error: policy"
                + " 'B2C_1A_X' is also defined at a.xml:1:1; expected each PolicyId once among the files given"
                + " [policy B2C_1A_X, TrustFrameworkPolicy]");
    }
}
