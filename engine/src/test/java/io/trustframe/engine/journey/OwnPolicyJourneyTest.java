package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executor on a small policy of our own: resolvers, preconditions, a page, transformations, SendClaims. */
class OwnPolicyJourneyTest {

    private TestPorts world;
    private RelyingPartyPolicy policy;
    private Browser browser;

    @BeforeEach
    void load() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/journeys/B2C_1A_Greeting.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Greeting.xml", xml));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        policy = policies.relyingParty("B2C_1A_Greeting");
        world = new TestPorts();
        browser = new Browser(new JourneyEngine(world.ports()), policy);
    }

    private JourneyRequest request() {
        return JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb");
    }

    @Test
    void pageIsPrefilledFromTheLoginHintAndNamesItsContentDefinition() {
        browser.start(request().withLoginHint("Ada"));

        Page page = browser.page();
        assertThat(page.contentDefinitionId()).isEqualTo("page.nickname");
        assertThat(page.loadUri()).isEqualTo("~/pages/nickname.html");
        assertThat(page.field("nickname")).get().satisfies(f -> {
            assertThat(f.value()).isEqualTo("Ada");
            assertThat(f.required()).isTrue();
        });
    }

    @Test
    void submittedNicknameIsTransformedIntoTheTokenGreeting() {
        browser.start(request());
        browser.form(Map.of("nickname", "Grace"));

        Outcome.Complete complete = browser.complete();
        assertThat(complete.claims()).containsEntry("greeting", "Welcome back, Grace!")
                .containsEntry("tfp", "B2C_1A_Greeting").containsEntry("azp", "app-1")
                .containsEntry("corr", complete.state().correlationId()).containsEntry("culture", "en");
        assertThat(complete.subject()).isEqualTo("Grace");
        assertThat(complete.issuer().technicalProfileId()).isEqualTo("JwtIssuer");
        assertThat(complete.issuer().metadata()).containsEntry("token_lifetime_secs", "600");
        assertThat(complete.issuer().keys()).containsEntry("issuer_secret", "B2C_1A_TokenSigningKeyContainer");
    }

    @Test
    void claimEqualsPreconditionSkipsTheGoldStepUnlessTheQueryAsksForIt() {
        browser.start(request());
        browser.form(Map.of("nickname", "Grace"));
        assertThat(browser.complete().claims()).containsEntry("tier", "standard");

        browser.start(request().withQueryParameters(Map.of("vip", "yes")));
        browser.form(Map.of("nickname", "Grace"));
        assertThat(browser.complete().claims()).containsEntry("tier", "gold");
    }

    @Test
    void requiredAndPatternAreEnforcedOnTheServer() {
        browser.start(request());

        browser.form(Map.of());
        assertThat(browser.page().field("nickname").orElseThrow().error()).isEqualTo("This information is required.");

        browser.form(Map.of("nickname", "x1"));
        assertThat(browser.page().field("nickname").orElseThrow().error()).isEqualTo("Two to twelve letters.");

        browser.form(Map.of("nickname", "Linus"));
        assertThat(browser.complete().claims()).containsEntry("greeting", "Welcome back, Linus!");
    }

    @Test
    void cancelEndsTheJourneyWithTheUserCancelledCode() {
        browser.start(request());
        browser.submit(new Submission.Cancel());

        assertThat(browser.failure().error().code()).isEqualTo("AADB2C90091");
    }

    @Test
    void uiLocalesDriveTheCultureResolver() {
        browser.start(new JourneyRequest("contoso.example", "app-1", "https://app.example/cb", null, "openid",
                "id_token", "de-DE", null, null, null, null, null, null, Map.of(), null, null));
        browser.form(Map.of("nickname", "Grace"));

        assertThat(browser.complete().claims()).containsEntry("culture", "de-DE");
    }

    @Test
    void thePageSpeaksTheRequestedLanguage() {
        browser.start(new JourneyRequest("contoso.example", "app-1", "https://app.example/cb", null, "openid",
                "id_token", "fr", null, null, null, null, null, null, Map.of(), null, null));

        Page page = browser.page();
        assertThat(page.field("nickname").orElseThrow().displayName()).isEqualTo("Surnom");
        assertThat(page.field("nickname").orElseThrow().helpText()).isEqualTo("Deux à douze lettres.");
        assertThat(page.localizedStrings()).containsEntry("UxElement::button_continue", "Saluez-moi");

        browser.start(request());
        assertThat(browser.page().field("nickname").orElseThrow().displayName()).isEqualTo("Nickname");
        assertThat(browser.page().localizedStrings()).containsEntry("UxElement::button_continue", "Greet me");
    }

    @Test
    void aStateFromAnotherPolicyRevisionIsRefused() {
        browser.start(request());
        JourneyState state = browser.last.state();
        JourneyState tampered = new JourneyState(state.policyId(), "0000", state.correlationId(), state.frames(),
                state.claims(), state.selectedExchange(), state.waiting(), state.controls(), state.request(),
                state.ssoSessionId(), state.sessionProfiles());

        Outcome outcome = new JourneyEngine(world.ports()).resume(policy, tampered, new Submission.Form(Map.of("nickname", "Ada")));

        assertThat(outcome).isInstanceOf(Outcome.Fail.class);
    }
}
