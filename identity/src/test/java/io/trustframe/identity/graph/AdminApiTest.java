package io.trustframe.identity.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity service on a random port with an in-memory database, driven over real HTTP the way an administrator's
 * script or the Graph SDK would. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=identity",
        "trustframe.identity.db.url=jdbc:h2:mem:identity-admin-api;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "trustframe.identity.master-key=" + AdminApiTest.MASTER_KEY,
        "trustframe.identity.admin.token=" + AdminApiTest.TOKEN,
        "trustframe.data-dir=target/admin-api-test-data"})
abstract class AdminApiTest {

    static final String TOKEN = "test-admin-token-0123456789";
    static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Response(int status, JsonNode body, String text, HttpResponse<String> raw) {
        String errorCode() {
            return body.path("error").path("code").asString();
        }

        String errorMessage() {
            return body.path("error").path("message").asString();
        }
    }

    Response get(String path) {
        return send(request(path).GET(), "Bearer " + TOKEN);
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)),
                "Bearer " + TOKEN);
    }

    Response patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), "Bearer " + TOKEN);
    }

    Response delete(String path) {
        return send(request(path).DELETE(), "Bearer " + TOKEN);
    }

    Response send(HttpRequest.Builder builder, String authorization) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
