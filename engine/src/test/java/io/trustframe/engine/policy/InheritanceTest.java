package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.Metadata;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.TechnicalProfile;

/** B2C's merge rules along a BasePolicy chain, on small policies written inline. */
class InheritanceTest {

    private static final String NS = "http://schemas.microsoft.com/online/cpim/schemas/2013/06";

    private static String policy(String id, String base, String body) {
        return "<TrustFrameworkPolicy xmlns=\"" + NS + "\" PolicySchemaVersion=\"0.3.0.0\""
                + " TenantId=\"contoso.onmicrosoft.com\" PolicyId=\"" + id + "\">"
                + (base == null ? "" : "<BasePolicy><TenantId>contoso.onmicrosoft.com</TenantId><PolicyId>" + base
                        + "</PolicyId></BasePolicy>")
                + body + "</TrustFrameworkPolicy>";
    }

    private static final String RELYING_PARTY = "<RelyingParty><DefaultUserJourney ReferenceId=\"Journey\"/>"
            + "<TechnicalProfile Id=\"PolicyProfile\"><Protocol Name=\"OpenIdConnect\"/></TechnicalProfile>"
            + "</RelyingParty>";

    private static final String PROTOCOL = "<Protocol Name=\"Proprietary\" Handler=\"Web.TPEngine.Providers."
            + "RestfulProvider, Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null\"/>";

    private static String profiles(String profiles) {
        return "<ClaimsProviders><ClaimsProvider><DisplayName>Test</DisplayName><TechnicalProfiles>" + profiles
                + "</TechnicalProfiles></ClaimsProvider></ClaimsProviders>";
    }

    private static RelyingPartyPolicy load(String base, String extension) {
        PolicySet set = PolicyLoader.load(PolicySource.of("Base.xml", policy("B2C_1A_Base", null, base)),
                PolicySource.of("Ext.xml", policy("B2C_1A_Ext", "B2C_1A_Base", extension)),
                PolicySource.of("Rp.xml", policy("B2C_1A_Rp", "B2C_1A_Ext", RELYING_PARTY)));
        assertThat(set.diagnostics()).extracting(Diagnostic::format).isEmpty();
        return set.relyingParty("B2C_1A_Rp");
    }

    @Test
    void metadataIsMergedByKeyIgnoringCase() {
        RelyingPartyPolicy policy = load(
                profiles("<TechnicalProfile Id=\"Rest\">" + PROTOCOL + "<Metadata><Item Key=\"ServiceUrl\">https://a"
                        + "</Item><Item Key=\"AuthenticationType\">None</Item></Metadata></TechnicalProfile>"),
                profiles("<TechnicalProfile Id=\"rest\"><Metadata><Item Key=\"serviceurl\">https://b</Item>"
                        + "<Item Key=\"SendClaimsIn\">Form</Item></Metadata></TechnicalProfile>"));

        Metadata metadata = policy.technicalProfile("REST").metadata();

        assertThat(metadata.items()).extracting(Metadata.Item::key)
                .containsExactly("serviceurl", "AuthenticationType", "SendClaimsIn");
        assertThat(metadata.get("ServiceUrl")).isEqualTo("https://b");
        assertThat(metadata.get("authenticationtype")).isEqualTo("None");
        assertThat(metadata.asMap()).containsEntry("SERVICEURL", "https://b").hasSize(3);
        assertThat(policy.technicalProfile("Rest").protocol().handler()).contains("RestfulProvider");
    }

    @Test
    void claimListsAreMergedByClaimType() {
        String claims = "<ClaimsSchema><ClaimType Id=\"email\"><DataType>string</DataType></ClaimType>"
                + "<ClaimType Id=\"objectId\"><DataType>string</DataType></ClaimType>"
                + "<ClaimType Id=\"displayName\"><DataType>string</DataType></ClaimType></ClaimsSchema>";
        RelyingPartyPolicy policy = load(
                "<BuildingBlocks>" + claims + "</BuildingBlocks>" + profiles("<TechnicalProfile Id=\"Rest\">"
                        + PROTOCOL + "<OutputClaims><OutputClaim ClaimTypeReferenceId=\"email\"/>"
                        + "<OutputClaim ClaimTypeReferenceId=\"objectId\"/></OutputClaims></TechnicalProfile>"),
                profiles("<TechnicalProfile Id=\"Rest\"><OutputClaims><OutputClaim ClaimTypeReferenceId=\"displayName\"/>"
                        + "<OutputClaim ClaimTypeReferenceId=\"Email\" Required=\"true\"/></OutputClaims>"
                        + "</TechnicalProfile>"));

        List<ClaimReference> outputs = policy.technicalProfile("Rest").outputClaims();

        assertThat(outputs).extracting(ClaimReference::claimTypeReferenceId)
                .containsExactly("Email", "objectId", "displayName");
        assertThat(outputs.get(0).isRequired()).isTrue();
    }

    @Test
    void orchestrationStepsAreReplacedByOrder() {
        String step = "<OrchestrationStep Order=\"%d\" Type=\"ClaimsExchange\"><ClaimsExchanges>"
                + "<ClaimsExchange Id=\"X%d\" TechnicalProfileReferenceId=\"%s\"/></ClaimsExchanges></OrchestrationStep>";
        RelyingPartyPolicy policy = load(
                profiles("<TechnicalProfile Id=\"First\">" + PROTOCOL + "</TechnicalProfile><TechnicalProfile Id=\"Second\">"
                        + PROTOCOL + "</TechnicalProfile><TechnicalProfile Id=\"Better\">" + PROTOCOL
                        + "</TechnicalProfile>")
                        + "<UserJourneys><UserJourney Id=\"Journey\"><OrchestrationSteps>" + step.formatted(1, 1, "First")
                        + step.formatted(2, 2, "Second") + "</OrchestrationSteps></UserJourney></UserJourneys>",
                "<UserJourneys><UserJourney Id=\"journey\"><OrchestrationSteps>" + step.formatted(3, 3, "Second")
                        + step.formatted(1, 4, "Better") + "</OrchestrationSteps></UserJourney></UserJourneys>");

        List<OrchestrationStep> steps = policy.defaultUserJourney().orElseThrow().orchestrationSteps();

        assertThat(steps).extracting(OrchestrationStep::order).containsExactly(1, 2, 3);
        assertThat(steps).extracting(s -> s.claimsExchanges().get(0).technicalProfileReferenceId())
                .containsExactly("Better", "Second", "Second");
    }

    @Test
    void includeTechnicalProfileBringsInTheIncludedProfile() {
        RelyingPartyPolicy policy = load(
                profiles("<TechnicalProfile Id=\"Rest-Base\">" + PROTOCOL + "<Metadata><Item Key=\"ServiceUrl\">"
                        + "https://a</Item></Metadata><InputClaims><InputClaim ClaimTypeReferenceId=\"to\"/>"
                        + "</InputClaims><UseTechnicalProfileForSessionManagement ReferenceId=\"SM-Noop\"/>"
                        + "</TechnicalProfile>"),
                profiles("<TechnicalProfile Id=\"Rest-Send\"><Metadata><Item Key=\"SendClaimsIn\">Form</Item>"
                        + "</Metadata><InputClaims><InputClaim ClaimTypeReferenceId=\"amount\"/></InputClaims>"
                        + "<IncludeTechnicalProfile ReferenceId=\"REST-BASE\"/></TechnicalProfile>"));

        TechnicalProfile send = policy.technicalProfile("rest-send");

        assertThat(send.id()).isEqualTo("Rest-Send");
        assertThat(send.protocol().name()).isEqualTo("Proprietary");
        assertThat(send.metadata().get("ServiceUrl")).isEqualTo("https://a");
        assertThat(send.metadata().get("SendClaimsIn")).isEqualTo("Form");
        assertThat(send.inputClaims()).extracting(ClaimReference::claimTypeReferenceId).containsExactly("to", "amount");
        assertThat(send.useTechnicalProfileForSessionManagement().referenceId()).isEqualTo("SM-Noop");
        assertThat(send.includeTechnicalProfile().referenceId()).isEqualTo("REST-BASE");
    }

    @Test
    void aDerivedClaimTypeOverridesOnlyWhatItSets() {
        RelyingPartyPolicy policy = load(
                "<BuildingBlocks><ClaimsSchema><ClaimType Id=\"country\"><DisplayName>Country</DisplayName>"
                        + "<DataType>string</DataType><Restriction><Enumeration Text=\"Belgium\" Value=\"BE\"/>"
                        + "</Restriction></ClaimType></ClaimsSchema></BuildingBlocks>",
                "<BuildingBlocks><ClaimsSchema><ClaimType Id=\"Country\"><UserInputType>DropdownSingleSelect"
                        + "</UserInputType><Restriction MergeBehavior=\"Append\"><Enumeration Text=\"France\" Value=\"FR\"/>"
                        + "</Restriction></ClaimType></ClaimsSchema></BuildingBlocks>");

        var country = policy.claimType("COUNTRY");

        assertThat(country.dataType()).isEqualTo("string");
        assertThat(country.displayName()).isEqualTo("Country");
        assertThat(country.userInputType()).isEqualTo("DropdownSingleSelect");
        assertThat(country.restriction().enumerations()).extracting(e -> e.value()).containsExactly("BE", "FR");
    }

    @Test
    void localizedStringsAreMergedByElementAndStringId() {
        RelyingPartyPolicy policy = load(
                "<BuildingBlocks><Localization Enabled=\"true\"><SupportedLanguages DefaultLanguage=\"en\">"
                        + "<SupportedLanguage>en</SupportedLanguage></SupportedLanguages><LocalizedResources Id=\"r.en\">"
                        + "<LocalizedStrings><LocalizedString ElementType=\"UxElement\" StringId=\"button_continue\">"
                        + "Continue</LocalizedString><LocalizedString ElementType=\"UxElement\" StringId=\"heading\">"
                        + "Hello</LocalizedString></LocalizedStrings></LocalizedResources></Localization></BuildingBlocks>",
                "<BuildingBlocks><Localization><SupportedLanguages DefaultLanguage=\"nl\" MergeBehavior=\"Append\">"
                        + "<SupportedLanguage>nl</SupportedLanguage></SupportedLanguages><LocalizedResources Id=\"R.EN\">"
                        + "<LocalizedStrings><LocalizedString ElementType=\"UxElement\" StringId=\"heading\">Welcome"
                        + "</LocalizedString></LocalizedStrings></LocalizedResources></Localization></BuildingBlocks>");

        assertThat(policy.localization().supportedLanguages().supportedLanguages()).containsExactly("en", "nl");
        assertThat(policy.localization().supportedLanguages().defaultLanguage()).isEqualTo("nl");
        assertThat(policy.localizedResources().get("r.en").localizedStrings())
                .extracting(Localization.LocalizedString::text).containsExactly("Continue", "Welcome");
    }

    @Test
    void relyingPartiesAreFoundRegardlessOfCaseAndUnknownOnesAreNamed() {
        RelyingPartyPolicy policy = load("", "");

        assertThat(policy.policyId()).isEqualTo("B2C_1A_Rp");
        assertThat(policy.chain()).extracting(p -> p.policyId()).containsExactly("B2C_1A_Base", "B2C_1A_Ext", "B2C_1A_Rp");
        PolicySet set = PolicyLoader.load(PolicySource.of("Base.xml", policy("B2C_1A_Base", null, "")));
        assertThatThrownBy(() -> set.relyingParty("B2C_1A_Missing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("B2C_1A_Missing");
    }

    @Test
    void chainsLongerThanTenLevelsAreRefused() {
        List<PolicySource> sources = new ArrayList<>();
        sources.add(PolicySource.of("P0.xml", policy("B2C_1A_P0", null, "")));
        for (int level = 1; level <= 10; level++) {
            sources.add(PolicySource.of("P" + level + ".xml", policy("B2C_1A_P" + level, "B2C_1A_P" + (level - 1),
                    level == 10 ? RELYING_PARTY : "")));
        }

        PolicySet set = PolicyLoader.load(sources);

        assertThat(set.relyingParties().size()).isZero();
        assertThat(set.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "P10.xml:1:1: error: inheritance chain of 'B2C_1A_P10' has 11 levels; expected at most 10"
                        + " [policy B2C_1A_P10, TrustFrameworkPolicy]");
    }

    @Test
    void tenLevelsAreAllowed() {
        List<PolicySource> sources = new ArrayList<>();
        sources.add(PolicySource.of("P1.xml", policy("B2C_1A_P1", null, "")));
        for (int level = 2; level <= 10; level++) {
            sources.add(PolicySource.of("P" + level + ".xml", policy("B2C_1A_P" + level, "B2C_1A_P" + (level - 1),
                    level == 10 ? RELYING_PARTY : "")));
        }

        assertThat(PolicyLoader.load(sources).relyingParty("B2C_1A_P10").chain()).hasSize(10);
    }
}
