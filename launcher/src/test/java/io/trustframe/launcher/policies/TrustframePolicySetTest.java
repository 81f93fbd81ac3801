package io.trustframe.launcher.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.ValidationReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Trustframe's own policies, filled in as a deployment fills them, pass the engine's upload checks without a word. */
class TrustframePolicySetTest {

    private static PolicySet load() {
        return PolicyLoader.load(PolicyTemplates.fill(PolicyTemplatesTest.values("http://localhost:8082",
                "http://localhost:8080/.well-known/openid-configuration")));
    }

    @Test
    void theFilledSetValidatesWithoutErrorsOrWarnings() {
        ValidationReport report = PolicyValidator.validate(load());

        assertThat(report.lines()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theUnfilledTemplatesValidateToo() {
        // The tokens are used consistently (every file names the same __TENANT__), so `trustframe policy validate`
        // can check the shipped folder as it is.
        PolicySet templates = PolicyLoader.loadPaths(PolicyTemplates.FILES.stream()
                .map(file -> Path.of("../identity/src/main/resources", PolicyTemplates.FOLDER, file)).toList());

        assertThat(PolicyValidator.validate(templates).lines()).isEmpty();
    }

    @Test
    void fourRelyingPartiesEachWithItsJourney() {
        PolicySet policies = load();

        assertThat(policies.relyingParty(PolicyTemplates.SIGN_UP_OR_SIGN_IN).defaultUserJourney()).isPresent();
        assertThat(policies.relyingParty(PolicyTemplates.PASSWORD_RESET).defaultUserJourney()).isPresent();
        assertThat(policies.relyingParty(PolicyTemplates.PROFILE_EDIT).defaultUserJourney()).isPresent();
        RelyingPartyPolicy stepUp = policies.relyingParty(PolicyTemplates.STEP_UP);
        assertThat(stepUp.relyingPartyProfile().outputClaims()).extracting(c -> c.partnerName())
                .contains("sub", "amount", "payee", "accountnumber", "tfp");
        assertThat(stepUp.technicalProfile("Hint-ReadPayment").metadataOrEmpty().get("METADATA"))
                .isEqualTo("http://localhost:8080/.well-known/openid-configuration");
    }
}
