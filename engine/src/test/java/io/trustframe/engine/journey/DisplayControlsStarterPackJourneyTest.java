package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicySet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The display-controls starter pack's LocalAccounts sign-up, unchanged: the email is verified with the
 * emailVerificationControl (AadSspr SendCode / VerifyCode) before the account is created.
 */
class DisplayControlsStarterPackJourneyTest {

    private TestPorts world;
    private PolicySet policies;
    private JourneyEngine engine;

    @BeforeEach
    void load() {
        policies = CorpusPolicies.load(List.of("starterpack/Display-Controls-Starterpack/LocalAccounts"), Map.of());
        world = new TestPorts();
        engine = new JourneyEngine(world.ports());
    }

    @Test
    void signUpVerifiesTheEmailThroughTheDisplayControlThenCreatesTheAccount() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_signup_signin"));
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));
        browser.choose("SignUpWithLogonEmailExchange");
        assertThat(browser.page().displayControls()).extracting(Page.Control::id).containsExactly("emailVerificationControl");
        Map<String, String> account = Map.of("newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "Ada Lovelace");

        browser.form(account);
        assertThat(browser.page().errors()).isNotEmpty();
        assertThat(world.directory.size()).isZero();

        browser.action("emailVerificationControl", "SendCode", Map.of("email", "ada@example.com"));
        browser.action("emailVerificationControl", "VerifyCode", Map.of("email", "ada@example.com", "verificationCode", "1"));
        assertThat(browser.page().errors()).containsExactly("That code is incorrect. Please try again.");
        browser.action("emailVerificationControl", "VerifyCode",
                Map.of("email", "ada@example.com", "verificationCode", world.lastMailedCode("ada@example.com")));
        assertThat(browser.page().displayControls().get(0).verified()).isTrue();

        browser.form(account);
        Outcome.Complete complete = browser.complete();
        var user = world.directory.bySignInName("emailAddress", "ada@example.com").orElseThrow();
        assertThat(complete.subject()).isEqualTo(user.objectId());
        assertThat(complete.claims()).containsEntry("email", "ada@example.com");
    }

    @Test
    void aControlActionKeepsWhatTheUserTypedInThePagesOtherFieldsButNotThePassword() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_signup_signin"));
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));
        browser.choose("SignUpWithLogonEmailExchange");

        browser.action("emailVerificationControl", "SendCode", Map.of("email", "ada@example.com",
                "displayName", "Ada Lovelace", "givenName", "Ada", "newPassword", "Passw0rd!"));

        Page page = browser.page();
        assertThat(page.field("displayName").orElseThrow().value()).isEqualTo("Ada Lovelace");
        assertThat(page.field("givenName").orElseThrow().value()).isEqualTo("Ada");
        assertThat(page.field("newPassword").orElseThrow().value()).isNull();
        assertThat(page.displayControls().get(0).fields()).filteredOn(f -> f.claimType().equals("email"))
                .extracting(Page.Field::value).containsExactly("ada@example.com");
        assertThat(page.displayControls().get(0).codeSent()).isTrue();
        assertThat(page.message()).isEqualTo("Verification code has been sent to your inbox. Please copy it to the input box below.");
        assertThat(page.language()).isEqualTo("en");
    }
}
