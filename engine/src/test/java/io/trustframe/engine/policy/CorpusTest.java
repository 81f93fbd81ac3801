package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustframe.engine.policy.parse.PolicyParser;

/** The published policies of the corpus: every file parses into the model, every complete chain validates. */
class CorpusTest {

    static Stream<Path> policyFiles() {
        return Corpus.policyFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyFiles")
    void everyFileParsesWithNothingLeftOutOfTheModel(Path file) throws IOException {
        String text = Files.readString(file).replace("\uFEFF", "");

        PolicyParser.Result result = PolicyParser.parse(file.toString(), text);

        assertThat(result.policy()).isNotNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).isEmpty();
    }

    /** Each starter-pack folder is one chain; the scenario folders extend a pack's TrustFrameworkBase. */
    static Stream<Arguments> completeChains() {
        List<Arguments> chains = new ArrayList<>();
        for (String pack : List.of("LocalAccounts", "SocialAccounts", "SocialAndLocalAccounts",
                "SocialAndLocalAccountsWithMfa")) {
            chains.add(chain("starterpack/" + pack));
            chains.add(chain("starterpack/Display-Controls-Starterpack/" + pack));
        }
        chains.add(chain("starterpack/scenarios/phone-number-passwordless"));
        chains.add(chain("starterpack/scenarios/password-change",
                "starterpack/SocialAndLocalAccounts/TrustFrameworkBase.xml"));
        chains.add(chain("starterpack/scenarios/linkedin-identity-provider",
                "starterpack/SocialAndLocalAccounts/TrustFrameworkBase.xml"));
        chains.add(chain("starterpack/SocialAndLocalAccountsWithMfa", "twilio-verify-psd2/SignUpSignIn",
                "twilio-verify-psd2/StepUpPSD2"));
        return chains.stream();
    }

    private static Arguments chain(String... paths) {
        return Arguments.of(String.join(" + ", paths), List.of(paths));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeChains")
    void everyCompleteChainValidatesWithoutErrors(String name, List<String> paths) {
        PolicySet policies = PolicyLoader.loadPaths(paths.stream().map(Corpus::path).toList());

        ValidationReport report = PolicyValidator.validate(policies);

        assertThat(policies.relyingParties().size()).isPositive();
        assertThat(report.errors()).extracting(Diagnostic::format).isEmpty();
    }

    @Test
    void theWalkthroughRunsEveryRelyingPartyOfItsChain() {
        PolicySet policies = loadWalkthrough("starterpack/SocialAndLocalAccountsWithMfa");

        assertThat(policies.relyingParties().values()).extracting(RelyingPartyPolicy::policyId)
                .contains("B2C_1A_PSD2_SUSI", "B2C_1A_PSD2_StepUp");
        RelyingPartyPolicy stepUp = policies.relyingParty("b2c_1a_psd2_stepup");
        assertThat(stepUp.chain()).extracting(p -> p.policyId()).containsExactly("B2C_1A_TrustFrameworkBase",
                "B2C_1A_TrustFrameworkLocalization", "B2C_1A_TrustFrameworkExtensions",
                "B2C_1A_PSD2_StepUp_TrustFrameworkExtensions", "B2C_1A_PSD2_StepUp");
        assertThat(stepUp.defaultUserJourney()).map(j -> j.orchestrationSteps().size()).contains(7);
    }

    @Test
    void theWalkthroughsIdsResolveRegardlessOfCase() {
        RelyingPartyPolicy stepUp = loadWalkthrough("starterpack/SocialAndLocalAccountsWithMfa")
                .relyingParty("B2C_1A_PSD2_StepUp");

        // Referenced as phoneVerificationControl-ReadOnly, defined as phoneVerificationControl-readOnly.
        assertThat(stepUp.displayControl("phoneVerificationControl-ReadOnly").id())
                .isEqualTo("phoneVerificationControl-readOnly");
        // The relying party's InputClaim says amount; the claims schema says Amount.
        assertThat(stepUp.claimType("amount").id()).isEqualTo("Amount");
        assertThat(stepUp.relyingPartyProfile().inputClaims()).extracting(c -> c.claimTypeReferenceId())
                .containsExactly("amount", "payee");
    }

    /**
     * The corpus README puts the walkthrough on SocialAndLocalAccounts, but its files use a claim type and a
     * technical profile that only the MFA starter pack defines; B2C would refuse them, and so do we.
     */
    @Test
    void onSocialAndLocalAccountsTheWalkthroughMissesWhatOnlyTheMfaPackDefines() {
        PolicySet policies = loadWalkthrough("starterpack/SocialAndLocalAccounts");

        ValidationReport report = PolicyValidator.validate(policies);

        assertThat(report.errors()).extracting(d -> d.pos().line() + ": " + d.message()).containsExactly(
                "579: undefined claim type 'newPhoneNumberEntered'; expected the Id of a ClaimType defined in this"
                        + " policy or its base policies",
                "365: undefined claim type 'newPhoneNumberEntered'; expected the Id of a ClaimType defined in this"
                        + " policy or its base policies",
                "371: undefined technical profile 'AAD-UserWritePhoneNumberUsingObjectId'; expected the Id of a"
                        + " TechnicalProfile defined in this policy or its base policies");
    }

    private static PolicySet loadWalkthrough(String pack) {
        return PolicyLoader.loadPaths(List.of(Corpus.path(pack), Corpus.path("twilio-verify-psd2/SignUpSignIn"),
                Corpus.path("twilio-verify-psd2/StepUpPSD2")));
    }
}
