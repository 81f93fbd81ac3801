package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.IdentityApplication;
import io.trustframe.identity.engine.CorpusFiles;
import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.tenants.Tenants;
import io.trustframe.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two identity nodes (two Spring contexts on their own ports) on one PostgreSQL database, behind what a load balancer
 * would give them: one public base URL. No state lives in one JVM, so a journey, a code and a refresh token made on
 * one node are carried on by the other.
 */
class TwoNodesHttpTest {

    private static final String PUBLIC_BASE = "https://login.trustframe.test";
    private static final String TOKEN = "test-admin-token-two-nodes-0123";
    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final String PASSWORD = "Passw0rd!x";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static TestDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static String tenant;
    private static String clientId;
    private static String clientSecret;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        assumeTrue(TestDatabase.postgresUrl().isPresent(), TestDatabase.POSTGRES_URL_VARIABLE + " is not set");
        List<PolicySource> localAccounts = CorpusFiles.sources("starterpack/LocalAccounts");
        database = TestDatabase.create(TestDatabase.Engine.POSTGRESQL, "db/migration/identity");
        nodeA = start("a");
        nodeB = start("b");
        tenant = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(admin(nodeA, "POST", "/admin/tenants", "application/json", "{\"name\":\"" + tenant + "\"}").statusCode())
                .isEqualTo(201);
        for (String[] key : new String[][] {{"TokenSigningKeyContainer", "sig"}, {"TokenEncryptionKeyContainer", "enc"}}) {
            String keySets = "/graph/" + tenant + "/beta/trustFramework/keySets";
            admin(nodeB, "POST", keySets, "application/json", "{\"id\":\"" + key[0] + "\"}");
            assertThat(admin(nodeB, "POST", keySets + "/B2C_1A_" + key[0] + "/generateKey", "application/json",
                    "{\"use\":\"" + key[1] + "\",\"kty\":\"RSA\"}").statusCode()).isEqualTo(200);
        }
        Map<String, String> byName = localAccounts.stream().collect(Collectors.toMap(
                s -> s.name().substring(s.name().lastIndexOf('/') + 1), s -> s.text().replace("yourtenant", tenant)));
        StringBuilder batch = new StringBuilder("{\"policies\":[");
        for (String file : IdentityHttpTest.LOCAL_ACCOUNTS) {
            batch.append(batch.length() > 14 ? "," : "").append(JSON.writeValueAsString(byName.get(file)));
        }
        HttpResponse<String> uploaded = admin(nodeA, "POST", "/admin/tenants/" + tenant + "/policies", "application/json",
                batch.append("]}").toString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode app = JSON.readTree(admin(nodeB, "POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}").body());
        clientId = app.path("appId").asString();
        clientSecret = app.path("passwordCredentials").get(0).path("secretText").asString();
    }

    private static ConfigurableApplicationContext start(String name) {
        SpringApplication application = IdentityApplication.application();
        application.setBannerMode(Banner.Mode.OFF);
        return application.run(IdentityApplication.withConfigName(
                "--server.port=0",
                "--trustframe.identity.db.url=" + database.jdbcUrl(),
                "--trustframe.identity.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--trustframe.identity.admin.token=" + TOKEN,
                "--trustframe.identity.base-url=" + PUBLIC_BASE,
                "--trustframe.data-dir=target/two-nodes-" + name,
                "--logging.level.root=WARN"));
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    /** The node's own address for a URL the service wrote with the public base URL. */
    private static String on(ConfigurableApplicationContext node, String url) {
        String local = "http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port");
        return url.startsWith(PUBLIC_BASE) ? local + url.substring(PUBLIC_BASE.length()) : local + url;
    }

    private static HttpResponse<String> admin(ConfigurableApplicationContext node, String method, String path,
                                              String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(on(node, path))).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> token(ConfigurableApplicationContext node, Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(on(node, "/" + tenant + "/B2C_1A_signup_signin/oauth2/v2.0/token")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(PageBrowser.encode(form))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String mailedCode(ConfigurableApplicationContext node, String email) {
        var target = node.getBean(Tenants.class).find(tenant).orElseThrow();
        return node.getBean(EnginePorts.class).outbox().to(target, email).get(0).code();
    }

    /** Verified with the keys node {@code keys} publishes, and issued for the public base URL. */
    private static JWTClaimsSet verified(ConfigurableApplicationContext keys, String idToken) throws Exception {
        String discoveryPath = "/" + tenant + "/B2C_1A_signup_signin/v2.0/.well-known/openid-configuration";
        JsonNode discovery = JSON.readTree(send(HttpRequest.newBuilder(URI.create(on(keys, discoveryPath)))).body());
        JWKSet jwks = JWKSet.parse(send(HttpRequest.newBuilder(URI.create(on(keys, discovery.path("jwks_uri").asString()))))
                .body());
        SignedJWT jwt = SignedJWT.parse(idToken);
        RSAKey key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(discovery.path("issuer").asString()).startsWith(PUBLIC_BASE);
        return claims;
    }

    @Test
    void aSignUpStartedOnOneNodeIsFinishedOnTheOtherAndItsCodeRedeemedOnEither() throws Exception {
        String email = "two.nodes@example.com";
        PageBrowser browser = new PageBrowser();
        String authorize = "/" + tenant + ".onmicrosoft.com/B2C_1A_signup_signin/oauth2/v2.0/authorize?client_id="
                + clientId + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid%20offline_access&state=st-2&nonce=n-2";

        assertThat(browser.open(on(nodeA, authorize)).statusCode()).isEqualTo(200);
        assertThat(browser.last().body()).contains("choose:SignUpWithLogonEmailExchange");
        browser.press(url -> on(nodeB, url), "choose:SignUpWithLogonEmailExchange", Map.of());
        browser.press(url -> on(nodeA, url), "control:Verified.email:SendCode", Map.of("email", email));
        browser.press(url -> on(nodeB, url), "control:Verified.email:VerifyCode",
                Map.of("email", email, "verificationCode", mailedCode(nodeB, email)));
        browser.press(url -> on(nodeB, url), "continue", Map.of("email", email, "newPassword", PASSWORD,
                "reenterPassword", PASSWORD, "displayName", "Two Nodes", "givenName", "Two", "surname", "Nodes"));

        assertThat(browser.last().statusCode()).as(browser.last().body()).isEqualTo(302);
        Map<String, String> response = PageBrowser.query(browser.location());
        assertThat(browser.location()).startsWith(REDIRECT + "?");
        assertThat(response).containsEntry("state", "st-2").containsKey("code");

        HttpResponse<String> tokens = token(nodeA, Map.of("grant_type", "authorization_code", "code", response.get("code")));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode issued = JSON.readTree(tokens.body());
        JWTClaimsSet claims = verified(nodeB, issued.path("id_token").asString());
        assertThat(claims.getAudience()).containsExactly(clientId);
        assertThat(claims.getClaim("nonce")).isEqualTo("n-2");
        assertThat(claims.getSubject()).isNotBlank();
        HttpResponse<String> reused = token(nodeB, Map.of("grant_type", "authorization_code", "code", response.get("code")));
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(reused.body()).path("error_description").asString()).startsWith("AADB2C90080");

        String refreshToken = issued.path("refresh_token").asString();
        HttpResponse<String> refreshed = token(nodeB, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(verified(nodeA, JSON.readTree(refreshed.body()).path("id_token").asString()).getSubject())
                .isEqualTo(claims.getSubject());
        HttpResponse<String> replayed = token(nodeA, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(replayed.body()).path("error_description").asString()).startsWith("AADB2C90129");
    }
}
