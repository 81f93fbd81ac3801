package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.engine.CorpusFiles;

/**
 * The starter pack's SocialAndLocalAccounts with its Facebook (OAuth2) profile unchanged: the browser goes to
 * Facebook's real address, and the service's own calls to {@code graph.facebook.com} reach a local stub through
 * {@code trustframe.identity.http.host-map}. The test plays Facebook's answer to {@code oauth2/authresp}.
 */
class FacebookFederationHttpTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://app.example/signin-oidc";
    private static final List<String> TOKEN_QUERIES = new CopyOnWriteArrayList<>();
    private static final HttpServer GRAPH = graph();

    private String tenant;
    private String clientId;

    private static HttpServer graph() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth/access_token", exchange -> {
                TOKEN_QUERIES.add(exchange.getRequestURI().getRawQuery());
                Map<String, String> query = StubOpenIdProvider.parse(exchange.getRequestURI().getRawQuery());
                boolean good = "fb-code".equals(query.get("code")) && "fb-secret".equals(query.get("client_secret"));
                respond(exchange, good ? 200 : 400, good ? "{\"access_token\":\"fb-at\",\"token_type\":\"bearer\"}"
                        : "{\"error\":{\"message\":\"bad code\"}}");
            });
            server.createContext("/me", exchange -> {
                boolean good = "fb-at".equals(StubOpenIdProvider.parse(exchange.getRequestURI().getRawQuery())
                        .get("access_token"));
                respond(exchange, good ? 200 : 401, good ? "{\"id\":\"1234567890\",\"first_name\":\"Grace\","
                        + "\"last_name\":\"Hopper\",\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\"}" : "{}");
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @DynamicPropertySource
    static void hostMap(DynamicPropertyRegistry registry) {
        registry.add("trustframe.identity.http.host-map",
                () -> "graph.facebook.com=http://127.0.0.1:" + GRAPH.getAddress().getPort());
    }

    @AfterAll
    static void stopGraph() {
        GRAPH.stop(0);
    }

    @BeforeEach
    void deploy() {
        tenant = newTenant();
        generateTokenKeys(tenant);
        String keySets = "/graph/" + tenant + "/beta/trustFramework/keySets";
        assertThat(admin("POST", keySets, "application/json", "{\"id\":\"FacebookSecret\"}").statusCode()).isEqualTo(201);
        assertThat(admin("POST", keySets + "/B2C_1A_FacebookSecret/uploadSecret", "application/json",
                "{\"use\":\"sig\",\"k\":\"fb-secret\"}").statusCode()).isEqualTo(200);
        Map<String, PolicySource> files = CorpusFiles.sources("starterpack/SocialAndLocalAccounts").stream()
                .collect(Collectors.toMap(s -> s.name().substring(s.name().lastIndexOf('/') + 1), s -> s));
        for (String file : LOCAL_ACCOUNTS) {
            String xml = files.get(file).text().replace("yourtenant", tenant);
            String id = xml.replaceFirst("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
            HttpResponse<String> uploaded = admin("PUT", "/graph/" + tenant + "/beta/trustFramework/policies/" + id
                    + "/$value", "application/xml", xml);
            assertThat(uploaded.statusCode()).as(file + ": " + uploaded.body()).isEqualTo(201);
        }
        clientId = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"App\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}")).path("appId").asString();
    }

    @Test
    void aFacebookSignInThroughTheUnchangedStarterPackEndsAtTheApp() {
        FormBrowser browser = new FormBrowser();
        browser.open(url("/" + tenant + ".onmicrosoft.com/B2C_1A_signup_signin/oauth2/v2.0/authorize?client_id="
                + clientId + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=app-state&nonce=n1"));
        assertThat(browser.last.body()).contains("value=\"choose:FacebookExchange\"");
        browser.submit("choose:FacebookExchange", Map.of());

        assertThat(browser.location()).startsWith("https://www.facebook.com/dialog/oauth?");
        Map<String, String> authorization = StubOpenIdProvider.parse(URI.create(browser.location()).getRawQuery());
        String callback = url("/" + tenant + ".onmicrosoft.com/oauth2/authresp");
        assertThat(authorization).containsEntry("client_id", "facebook_clientid").containsEntry("redirect_uri", callback);
        browser.open(callback + "?code=fb-code&state="
                + URLEncoder.encode(authorization.get("state"), StandardCharsets.UTF_8));

        assertThat(TOKEN_QUERIES).anySatisfy(query -> assertThat(query).contains("code=fb-code"));
        assertThat(browser.last.statusCode()).isEqualTo(200);
        assertThat(browser.last.body()).contains("value=\"Grace Hopper\"");
        browser.submit("continue", Map.of("displayName", "Grace Hopper", "givenName", "Grace", "surname", "Hopper"));

        assertThat(browser.last.statusCode()).as(browser.last.body()).isEqualTo(302);
        assertThat(StubOpenIdProvider.parse(URI.create(browser.location()).getRawQuery()))
                .containsEntry("state", "app-state").containsKey("code");
    }
}
