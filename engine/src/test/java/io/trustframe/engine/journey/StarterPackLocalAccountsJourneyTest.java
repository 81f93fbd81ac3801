package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicySet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The starter pack's LocalAccounts policies, unchanged, from the corpus: sign-up, sign-in, password reset and
 * profile edit, against an in-memory directory. Every step goes through a JSON round trip of the journey state.
 */
class StarterPackLocalAccountsJourneyTest {

    private TestPorts world;
    private PolicySet policies;
    private JourneyEngine engine;

    @BeforeEach
    void load() {
        policies = CorpusPolicies.load(List.of("starterpack/LocalAccounts"), Map.of());
        world = new TestPorts();
        engine = new JourneyEngine(world.ports());
    }

    private Browser browser(String policyId) {
        return new Browser(engine, policies.relyingParty(policyId));
    }

    private static JourneyRequest request() {
        return JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb");
    }

    private Outcome.Complete signUp(String email, String password) {
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", email);
        browser.form(Map.of("email", email, "newPassword", password, "reenterPassword", password,
                "displayName", "Ada Lovelace", "givenName", "Ada", "surname", "Lovelace"));
        return browser.complete();
    }

    @Test
    void signInPageIsTheUnifiedPageWithTheSignUpLink() {
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());

        Page page = browser.page();
        assertThat(page.contentDefinitionId()).isEqualTo("api.signuporsignin");
        assertThat(page.dataUri()).contains("unifiedssp");
        assertThat(page.fields()).extracting(Page.Field::claimType).containsExactly("signInName", "password");
        assertThat(page.choices()).extracting(Page.Choice::claimsExchangeId).contains("SignUpWithLogonEmailExchange");
        assertThat(page.localizedStrings()).containsEntry("UxElement::createaccount_intro", "Don't have an account?");
    }

    @Test
    void signUpCreatesTheUserAndIssuesItsClaims() {
        Outcome.Complete complete = signUp("ada@example.com", "Passw0rd!");

        assertThat(world.directory.size()).isEqualTo(1);
        var user = world.directory.bySignInName("emailAddress", "ada@example.com").orElseThrow();
        assertThat(complete.subject()).isEqualTo(user.objectId());
        assertThat(complete.claims()).containsEntry("sub", user.objectId()).containsEntry("name", "Ada Lovelace")
                .containsEntry("given_name", "Ada").containsEntry("family_name", "Lovelace")
                .containsEntry("email", "ada@example.com");
        assertThat(complete.issuer().technicalProfileId()).isEqualTo("JwtIssuer");
    }

    @Test
    void signUpRejectsMismatchedPasswordsAndAnExistingEmail() {
        signUp("ada@example.com", "Passw0rd!");
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        browser.verifyEmail(world, "email", "ada@example.com");

        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "other",
                "displayName", "A"));
        assertThat(browser.page().errors()).anyMatch(e -> e.contains("do not match"));

        browser.form(Map.of("email", "ada@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!",
                "displayName", "A"));
        // The sign-up page's own localized message (api.localaccountsignup.en), not the one of api.selfasserted.en.
        assertThat(browser.page().errors())
                .containsExactly("A user with the specified ID already exists. Please choose a different one.");
        assertThat(world.directory.size()).isEqualTo(1);
    }

    @Test
    void signUpRequiresTheEmailToBeVerifiedWithTheMailedCode() {
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());
        browser.choose("SignUpWithLogonEmailExchange");
        assertThat(browser.page().displayControls()).extracting(Page.Control::id).containsExactly("Verified.email");
        Map<String, String> form = Map.of("email", "ada@example.com", "newPassword", "Passw0rd!",
                "reenterPassword", "Passw0rd!", "displayName", "Ada");

        browser.form(form);
        assertThat(browser.page().field("email").orElseThrow().error()).isEqualTo("Claim not verified: Email Address");

        browser.action("Verified.email", "SendCode", Map.of("email", "ada@example.com"));
        assertThat(browser.page().message()).isEqualTo(
                "Verification code has been sent to your inbox. Please copy it to the input box below.");
        browser.action("Verified.email", "VerifyCode", Map.of("email", "ada@example.com", "verificationCode", "000000"));
        assertThat(browser.page().errors()).containsExactly("That code is incorrect. Please try again.");

        browser.action("Verified.email", "VerifyCode",
                Map.of("email", "ada@example.com", "verificationCode", world.lastMailedCode("ada@example.com")));
        assertThat(browser.page().displayControls().get(0).verified()).isTrue();

        browser.form(Map.of("email", "eve@example.com", "newPassword", "Passw0rd!", "reenterPassword", "Passw0rd!"));
        assertThat(browser.page().field("email").orElseThrow().error()).isEqualTo("Claim not verified: Email Address");

        browser.form(form);
        assertThat(browser.complete().claims()).containsEntry("email", "ada@example.com");
    }

    @Test
    void signInChecksThePasswordThroughTheDirectory() {
        String objectId = signUp("ada@example.com", "Passw0rd!").subject();
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());

        browser.form(Map.of("signInName", "ada@example.com", "password", "wrong"));
        assertThat(browser.page().errors()).containsExactly("Your password is incorrect.");
        assertThat(browser.page().field("password").orElseThrow().value()).isNull();

        browser.form(Map.of("signInName", "nobody@example.com", "password", "wrong"));
        assertThat(browser.page().errors()).containsExactly("We can't seem to find your account.");

        browser.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        assertThat(browser.complete().subject()).isEqualTo(objectId);
        assertThat(browser.complete().claims()).containsEntry("name", "Ada Lovelace");
    }

    @Test
    void passwordsNeverReachTheStoredJourneyState() {
        signUp("ada@example.com", "Passw0rd!");
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());

        browser.form(Map.of("signInName", "ada@example.com", "password", "Wr0ng-Secret!"));
        assertThat(JourneyStateJson.write(browser.last.state())).doesNotContain("Wr0ng-Secret!");
        browser.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        assertThat(JourneyStateJson.write(browser.last.state())).doesNotContain("Passw0rd!");
    }

    @Test
    void forgotPasswordOnTheSignInPageEndsTheJourneyForThePasswordResetPolicy() {
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());

        browser.submit(new Submission.ForgotPassword());

        assertThat(browser.failure().error().code()).isEqualTo("AADB2C90118");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        signUp("ada@example.com", "Passw0rd!");
        Browser browser = browser("B2C_1A_signup_signin");
        browser.start(request());
        for (int i = 0; i < 5; i++) {
            browser.form(Map.of("signInName", "ada@example.com", "password", "wrong" + i));
        }
        browser.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));

        assertThat(browser.page().errors())
                .containsExactly("Your account is temporarily locked to prevent unauthorized use. Try again later.");
    }

    @Test
    void theSsoSessionOfASignInSkipsThePasswordPageOfTheNextJourney() {
        String objectId = signUp("ada@example.com", "Passw0rd!").subject();
        Browser first = browser("B2C_1A_signup_signin");
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        String session = first.complete().sso().sessionId();

        Browser second = browser("B2C_1A_signup_signin");
        second.start(request().withSsoSession(session));

        assertThat(second.complete().subject()).isEqualTo(objectId);
        assertThat(second.roundTrips).isZero();
    }

    @Test
    void promptNoneSucceedsOnlyWhenTheSessionCarriesTheWholeJourney() {
        signUp("ada@example.com", "Passw0rd!");
        Browser first = browser("B2C_1A_signup_signin");
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        String session = first.complete().sso().sessionId();
        JourneyRequest silent = new JourneyRequest("contoso.example", "app-1", "https://app.example/cb", null, "openid",
                "id_token", null, null, null, "none", null, null, null, Map.of(), null, session);

        Browser signIn = browser("B2C_1A_signup_signin");
        signIn.start(silent);
        assertThat(signIn.complete().claims()).containsKey("sub");

        Browser noSession = browser("B2C_1A_signup_signin");
        noSession.start(silent.withSsoSession(null));
        assertThat(noSession.failure().error().code()).isEqualTo("AADB2C90077");

        // Profile edit always shows its profile page: not possible silently.
        Browser edit = browser("B2C_1A_ProfileEdit");
        edit.start(silent);
        assertThat(edit.failure().error().code()).isEqualTo("AADB2C90077");
    }

    @Test
    void singleSignOnScopedToThePolicyIsNotSharedWithAnotherPolicy() {
        PolicySet scoped = CorpusPolicies.load(List.of("starterpack/LocalAccounts"), Map.of(
                "<DefaultUserJourney ReferenceId=\"ProfileEdit\" />",
                "<DefaultUserJourney ReferenceId=\"ProfileEdit\" /><UserJourneyBehaviors><SingleSignOn Scope=\"Policy\" />"
                        + "</UserJourneyBehaviors>"));
        signUp("ada@example.com", "Passw0rd!");
        Browser first = new Browser(engine, scoped.relyingParty("B2C_1A_signup_signin"));
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        String session = first.complete().sso().sessionId();

        Browser edit = new Browser(engine, scoped.relyingParty("B2C_1A_ProfileEdit"));
        edit.start(request().withSsoSession(session));

        assertThat(edit.page().fields()).extracting(Page.Field::claimType).contains("password");
        // The same tenant-scoped session carries the unchanged ProfileEdit straight to its profile page.
        Browser tenantScoped = browser("B2C_1A_ProfileEdit");
        tenantScoped.start(request().withSsoSession(session));
        assertThat(tenantScoped.page().fields()).extracting(Page.Field::claimType).contains("givenName");
    }

    @Test
    void aSecondApplicationSignsInFromTheSessionAndTheSessionRecordsBothApplications() {
        // The starter pack's JwtIssuer names SM-jwt-issuer, an OAuthSSOSessionProvider.
        signUp("ada@example.com", "Passw0rd!");
        Browser first = browser("B2C_1A_signup_signin");
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        Outcome.Complete signedIn = first.complete();
        String session = signedIn.sso().sessionId();

        Browser second = browser("B2C_1A_signup_signin");
        second.start(JourneyRequest.of("contoso.example", "app-2", "https://two.example/cb").withSsoSession(session));

        assertThat(second.complete().subject()).isEqualTo(signedIn.subject());
        assertThat(world.sessions.find(session).orElseThrow().relyingParties()).containsExactly("app-1", "app-2");
    }

    @Test
    void anIssuerWithoutOAuthSsoSessionProviderLeavesItsApplicationsOutOfTheSession() {
        policies = CorpusPolicies.load(List.of("starterpack/LocalAccounts"), Map.of(
                "<UseTechnicalProfileForSessionManagement ReferenceId=\"SM-jwt-issuer\" />",
                "<UseTechnicalProfileForSessionManagement ReferenceId=\"SM-Noop\" />"));
        signUp("ada@example.com", "Passw0rd!");
        Browser first = browser("B2C_1A_signup_signin");
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        String session = first.complete().sso().sessionId();

        Browser second = browser("B2C_1A_signup_signin");
        second.start(JourneyRequest.of("contoso.example", "app-2", "https://two.example/cb").withSsoSession(session));

        // The sign-in profile's own session provider still carries the second application past the password;
        // single sign-out would know neither application.
        assertThat(second.complete().subject()).isEqualTo(first.complete().subject());
        assertThat(world.sessions.find(session).orElseThrow().relyingParties()).isEmpty();
    }

    @Test
    void promptLoginIgnoresTheSsoSession() {
        signUp("ada@example.com", "Passw0rd!");
        Browser first = browser("B2C_1A_signup_signin");
        first.start(request());
        first.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        String session = first.complete().sso().sessionId();

        JourneyRequest again = request().withSsoSession(session);
        again = new JourneyRequest(again.tenant(), again.clientId(), again.redirectUri(), null, "openid", "id_token",
                null, null, null, "login", null, null, null, Map.of(), null, session);
        Browser second = browser("B2C_1A_signup_signin");
        second.start(again);

        assertThat(second.page().fields()).extracting(Page.Field::claimType).contains("password");
    }

    @Test
    void passwordResetFindsTheAccountAndWritesTheNewPassword() {
        String objectId = signUp("ada@example.com", "Passw0rd!").subject();
        Browser reset = browser("B2C_1A_PasswordReset");
        reset.start(request());

        reset.verifyEmail(world, "email", "nobody@example.com");
        reset.form(Map.of("email", "nobody@example.com"));
        assertThat(reset.page().errors()).containsExactly("An account could not be found for the provided user ID.");

        reset.verifyEmail(world, "email", "ada@example.com");
        reset.form(Map.of("email", "ada@example.com"));
        assertThat(reset.page().fields()).extracting(Page.Field::claimType).containsExactly("newPassword", "reenterPassword");
        reset.form(Map.of("newPassword", "N3w-Secret!", "reenterPassword", "N3w-Secret!"));
        assertThat(reset.complete().subject()).isEqualTo(objectId);
        assertThat(reset.complete().claims()).containsEntry("email", "ada@example.com");

        assertThat(world.directory.checkPassword("ada@example.com", "N3w-Secret!"))
                .isInstanceOf(io.trustframe.engine.spi.Directory.PasswordCheck.Valid.class);
        assertThat(world.directory.checkPassword("ada@example.com", "Passw0rd!"))
                .isInstanceOf(io.trustframe.engine.spi.Directory.PasswordCheck.WrongPassword.class);
    }

    @Test
    void profileEditSignsInThenUpdatesTheNames() {
        String objectId = signUp("ada@example.com", "Passw0rd!").subject();
        Browser edit = browser("B2C_1A_ProfileEdit");
        edit.start(request());

        edit.form(Map.of("signInName", "ada@example.com", "password", "Passw0rd!"));
        Page profile = edit.page();
        assertThat(profile.field("givenName").orElseThrow().value()).isEqualTo("Ada");
        assertThat(profile.field("surname").orElseThrow().value()).isEqualTo("Lovelace");

        edit.form(Map.of("givenName", "Augusta", "surname", "King"));
        // The ProfileEdit relying party sends only sub and tid; the directory holds the change.
        assertThat(edit.complete().claims()).containsOnlyKeys("sub", "tid").containsEntry("sub", objectId);
        assertThat(world.directory.byObjectId(objectId).orElseThrow().attributes())
                .containsEntry("givenName", "Augusta").containsEntry("surname", "King");
    }
}
