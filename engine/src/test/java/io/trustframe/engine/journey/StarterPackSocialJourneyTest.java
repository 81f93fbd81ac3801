package io.trustframe.engine.journey;

import static io.trustframe.engine.journey.StubHttp.parse;
import static io.trustframe.engine.journey.StubHttp.respond;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.trustframe.engine.policy.PolicySet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The starter pack's SocialAndLocalAccounts sign-up-or-sign-in with its Facebook (OAuth2) profile, unchanged but for
 * Facebook's addresses pointed at a local stub: first visit creates the account linked by alternativeSecurityId,
 * the second finds it.
 */
class StarterPackSocialJourneyTest {

    private HttpServer facebook;
    private TestPorts world;
    private PolicySet policies;
    private JourneyEngine engine;
    private final List<String> tokenQueries = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        CorpusPolicies.root();
        facebook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        facebook.createContext("/oauth/access_token", exchange -> {
            tokenQueries.add(exchange.getRequestURI().getRawQuery());
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            boolean good = "fb-code".equals(query.get("code")) && "fb-secret".equals(query.get("client_secret"));
            respond(exchange, good ? 200 : 400, good ? "{\"access_token\":\"fb-at\",\"token_type\":\"bearer\"}"
                    : "{\"error\":{\"message\":\"bad code\"}}");
        });
        facebook.createContext("/me", exchange -> {
            boolean good = "fb-at".equals(parse(exchange.getRequestURI().getRawQuery()).get("access_token"));
            respond(exchange, good ? 200 : 401, good ? "{\"id\":\"1234567890\",\"first_name\":\"Grace\","
                    + "\"last_name\":\"Hopper\",\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\"}" : "{}");
        });
        facebook.start();
        String base = "http://127.0.0.1:" + facebook.getAddress().getPort();
        policies = CorpusPolicies.load(List.of("starterpack/SocialAndLocalAccounts"),
                Map.of("https://www.facebook.com/dialog/oauth", base + "/dialog/oauth", "https://graph.facebook.com", base));
        world = new TestPorts();
        world.secret("B2C_1A_FacebookSecret", "fb-secret");
        engine = new JourneyEngine(world.ports());
    }

    @AfterEach
    void stop() {
        if (facebook != null) {
            facebook.stop(0);
        }
    }

    private Browser signInWithFacebook() {
        Browser browser = new Browser(engine, policies.relyingParty("B2C_1A_signup_signin"));
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb")
                .withFederationCallback("https://login.contoso.example/oauth2/authresp"));
        assertThat(browser.page().choices()).extracting(Page.Choice::claimsExchangeId).contains("FacebookExchange");
        browser.choose("FacebookExchange");
        String url = ((Outcome.Redirect) browser.last).url();
        assertThat(url).contains("/dialog/oauth?").contains("client_id=facebook_clientid")
                .contains("scope=email+public_profile");
        String state = parse(URI.create(url).getRawQuery()).get("state");
        browser.submit(new Submission.FederationCallback(Map.of("code", "fb-code", "state", state)));
        return browser;
    }

    @Test
    void aFirstFacebookSignInCreatesTheAccountAfterTheProfilePage() {
        Browser browser = signInWithFacebook();

        assertThat(tokenQueries).singleElement().satisfies(q -> assertThat(q).contains("grant_type=authorization_code"));
        Page social = browser.page();
        assertThat(social.field("displayName").orElseThrow().value()).isEqualTo("Grace Hopper");
        browser.form(Map.of("displayName", "Grace Hopper", "givenName", "Grace", "surname", "Hopper"));

        Outcome.Complete complete = browser.complete();
        var user = world.directory.byAlternativeSecurityId("facebook.com",
                java.util.Base64.getEncoder().encodeToString("1234567890".getBytes(StandardCharsets.UTF_8)));
        assertThat(user).isPresent();
        assertThat(complete.subject()).isEqualTo(user.get().objectId());
        assertThat(complete.claims()).containsEntry("name", "Grace Hopper").containsEntry("idp", "facebook.com");
    }

    @Test
    void aReturningFacebookUserIsFoundByAlternativeSecurityId() {
        Browser first = signInWithFacebook();
        first.form(Map.of("displayName", "Grace Hopper", "givenName", "Grace", "surname", "Hopper"));
        String objectId = first.complete().subject();

        Browser again = signInWithFacebook();

        assertThat(again.complete().subject()).isEqualTo(objectId);
        assertThat(world.directory.size()).isEqualTo(1);
    }
}
