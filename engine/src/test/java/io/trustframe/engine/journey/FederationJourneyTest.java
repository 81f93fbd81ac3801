package io.trustframe.engine.journey;

import static io.trustframe.engine.journey.StubHttp.parse;
import static io.trustframe.engine.journey.StubHttp.respond;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenID Connect federation through redirect and callback, against a local provider, and its SSO session. */
class FederationJourneyTest {

    private static final String CALLBACK = "https://login.contoso.example/contoso.example/oauth2/authresp";

    private HttpServer server;
    private RSAKey key;
    private String issuer;
    private volatile String nonce;
    private volatile String tokenRequest;
    private TestPorts world;
    private JourneyEngine engine;
    private io.trustframe.engine.policy.RelyingPartyPolicy policy;

    @BeforeEach
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", ex -> respond(ex, 200, "{\"issuer\":\"" + issuer
                + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer
                + "/token\",\"jwks_uri\":\"" + issuer + "/keys\"}"));
        server.createContext("/keys", ex -> respond(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", this::token);
        server.start();
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/journeys/B2C_1A_Federated.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("STUB", issuer);
        }
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Federated.xml", xml));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        policy = policies.relyingParty("B2C_1A_Federated");
        world = new TestPorts();
        world.secret("B2C_1A_PartnerSecret", "partner-secret");
        engine = new JourneyEngine(world.ports());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequest = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = parse(tokenRequest);
        if (!"the-code".equals(form.get("code")) || !"partner-secret".equals(form.get("client_secret"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience("trustframe-client")
                    .subject("partner-user-9").claim("email", "grace@partner.example").claim("nonce", nonce)
                    .issueTime(Date.from(world.clock.instant()))
                    .expirationTime(Date.from(world.clock.instant().plusSeconds(600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), claims);
            jwt.sign(new RSASSASigner(key));
            respond(exchange, 200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\"" + jwt.serialize() + "\"}");
        } catch (Exception e) {
            respond(exchange, 500, "{}");
        }
    }

    private Browser browser() {
        return new Browser(engine, policy);
    }

    private static JourneyRequest request() {
        return JourneyRequest.of("contoso.example", "app", "https://app.example/cb").withFederationCallback(CALLBACK);
    }

    private Outcome.Complete signInAtPartner(Browser browser) {
        browser.start(request());
        assertThat(browser.page().choices()).extracting(Page.Choice::displayName).containsExactly("Partner", "Other partner");
        browser.choose("PartnerExchange");
        assertThat(browser.last).isInstanceOf(Outcome.Redirect.class);
        Map<String, String> query = parse(URI.create(((Outcome.Redirect) browser.last).url()).getRawQuery());
        assertThat(query).containsEntry("client_id", "trustframe-client").containsEntry("redirect_uri", CALLBACK)
                .containsEntry("response_type", "code").containsEntry("scope", "openid email");
        nonce = query.get("nonce");
        browser.submit(new Submission.FederationCallback(Map.of("code", "the-code", "state", query.get("state"))));
        return browser.complete();
    }

    @Test
    void theAuthorizationCodeIsRedeemedAndTheIdTokenClaimsAreIssued() {
        Outcome.Complete complete = signInAtPartner(browser());

        assertThat(complete.claims()).containsEntry("sub", "partner-user-9").containsEntry("email", "grace@partner.example")
                .containsEntry("idp", "partner.example");
        assertThat(parse(tokenRequest)).containsEntry("grant_type", "authorization_code").containsEntry("redirect_uri", CALLBACK);
    }

    @Test
    void aCallbackWithAnotherStateIsRejected() {
        Browser browser = browser();
        browser.start(request());
        browser.choose("PartnerExchange");

        browser.submit(new Submission.FederationCallback(Map.of("code", "the-code", "state", "forged")));

        assertThat(browser.failure().error().code()).isEqualTo("AADB2C90273");
    }

    @Test
    void theProvidersRefusalFailsTheJourney() {
        Browser browser = browser();
        browser.start(request());
        browser.choose("PartnerExchange");
        String state = parse(URI.create(((Outcome.Redirect) browser.last).url()).getRawQuery()).get("state");

        browser.submit(new Submission.FederationCallback(Map.of("error", "access_denied", "state", state)));

        assertThat(browser.failure().error().code()).isEqualTo("AADB2C90273");
    }

    @Test
    void theExternalLoginSessionSkipsTheProviderChoiceAndTheRedirect() {
        Outcome.Complete first = signInAtPartner(browser());

        Browser second = browser();
        second.start(request().withSsoSession(first.sso().sessionId()));

        assertThat(second.complete().claims()).containsEntry("sub", "partner-user-9").containsEntry("idp", "partner.example");
    }
}
