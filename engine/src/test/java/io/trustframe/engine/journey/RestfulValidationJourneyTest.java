package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RESTful validation profiles behind a page, inside a called sub-journey, against a local HTTP server: the 409
 * userMessage contract, DefaultUserMessageIfRequestFailed for other errors, Bearer credentials from policy keys, JSON paths, ContinueOnError, ContinueOnSuccess and
 * validation-profile preconditions; then a transfer sub-journey sends the claims.
 */
class RestfulValidationJourneyTest {

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            calls.add(path + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery()));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            int status;
            String answer;
            if (path.equals("/audit")) {
                status = 500;
                answer = "boom";
            } else if (path.equals("/lookup") && body.contains("\"code\":\"BAD\"")) {
                status = 409;
                answer = "{\"version\":\"1.0.0\",\"status\":409,\"code\":\"API12345\",\"userMessage\":\"That member code is not valid.\"}";
            } else if (path.equals("/lookup") && body.contains("\"code\":\"LOCKED\"")) {
                // Twilio's error shape, which has no userMessage.
                status = 429;
                answer = "{\"code\":60202,\"message\":\"Max check attempts reached\",\"status\":429}";
            } else if (path.equals("/lookup")) {
                status = 200;
                answer = "{\"data\":{\"cards\":[{\"number\":\"LN-7781\"}]}}";
            } else {
                status = 200;
                answer = "{}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/journeys/B2C_1A_Rules.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("STUB", "http://127.0.0.1:" + server.getAddress().getPort());
        }
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Rules.xml", xml));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        TestPorts world = new TestPorts();
        world.secret("B2C_1A_LoyaltyToken", "tok-123");
        browser = new Browser(new JourneyEngine(world.ports()), policies.relyingParty("B2C_1A_Rules"));
        browser.start(JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aConflictAnswerShowsItsUserMessageOnThePage() {
        browser.form(Map.of("memberCode", "BAD"));

        assertThat(browser.page().errors()).containsExactly("That member code is not valid.");
        assertThat(browser.page().field("memberCode").orElseThrow().value()).isEqualTo("BAD");
    }

    @Test
    void anErrorWithoutUserMessageShowsTheProfilesDefaultUserMessageIfRequestFailed() {
        browser.form(Map.of("memberCode", "LOCKED"));

        assertThat(browser.page().errors()).containsExactly("Too many tries for this member code.");
    }

    @Test
    void validationProfilesFollowContinueOnErrorPreconditionsAndContinueOnSuccess() {
        browser.form(Map.of("memberCode", "M-1"));

        // audit (500, ContinueOnError) → lookup → skipped (loyaltyNumber exists) → lookup (ContinueOnSuccess=false)
        assertThat(calls).containsExactly("/audit?code=M-1", "/lookup", "/lookup");
        assertThat(authorizations.get(1)).isEqualTo("Bearer tok-123");
        assertThat(bodies.get(1)).isEqualTo("{\"code\":\"M-1\"}");
    }

    @Test
    void theCalledSubJourneyReturnsAndTheTransferredOneSendsTheClaims() {
        browser.form(Map.of("memberCode", "M-1"));

        Outcome.Complete complete = browser.complete();
        assertThat(complete.claims()).containsEntry("sub", "M-1").containsEntry("loyalty", "LN-7781")
                .containsEntry("tier", "silver");
        assertThat(complete.state().frames()).singleElement()
                .satisfies(frame -> assertThat(frame.journeyId()).isEqualTo("Finish"));
    }
}
