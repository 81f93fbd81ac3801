package io.trustframe.launcher.admin;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity service's admin API over HTTP, for one tenant: Graph-shaped paths under {@code /graph/{tenant}} and
 * Trustframe's {@code /admin} ones, with the admin token as a bearer token. A refusal becomes an
 * {@link AdminApiException} carrying the service's Graph error message.
 */
public final class IdentityAdminClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUrl;
    private final String tenant;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public IdentityAdminClient(URI baseUrl, String tenant, String token) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
        this.token = token;
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public String tenant() {
        return tenant;
    }

    /** A Graph path of the tenant, e.g. {@code graph("/v1.0/users")}. */
    public String graph(String path) {
        return "/graph/" + segment(tenant) + path;
    }

    /** One path segment, percent-encoded: ids come from the command line. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public JsonNode get(String path) {
        return json(send(request(path).GET()));
    }

    /** The body as text (a policy file), for a path that answers something other than JSON. */
    public String getText(String path) {
        return send(request(path).GET());
    }

    public JsonNode post(String path, JsonNode body) {
        return json(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    public void delete(String path) {
        send(request(path).DELETE());
    }

    /** Whether the path answers 200; false on 404. */
    public boolean exists(String path) {
        HttpResponse<String> response = exchange(request(path).GET());
        if (response.statusCode() == 404) {
            return false;
        }
        check(response);
        return true;
    }

    private HttpRequest.Builder request(String path) {
        URI uri = path.startsWith("http://") || path.startsWith("https://") ? URI.create(path) : baseUrl.resolve(path);
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private String send(HttpRequest.Builder request) {
        return check(exchange(request));
    }

    private HttpResponse<String> exchange(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new AdminApiException("cannot reach the identity service at " + baseUrl
                    + " (is it running? --url or TRUSTFRAME_IDENTITY_URL names another one)");
        } catch (IOException e) {
            throw new AdminApiException("the request to " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminApiException("interrupted");
        }
    }

    private static String check(HttpResponse<String> response) {
        if (response.statusCode() / 100 == 2) {
            return response.body();
        }
        throw new AdminApiException(errorMessage(response));
    }

    /** Graph's {@code error.message}, else the status and the start of whatever came back. */
    private static String errorMessage(HttpResponse<String> response) {
        try {
            JsonNode error = JSON.readTree(response.body()).path("error");
            if (error.path("message").isString()) {
                return error.path("message").stringValue() + " (" + error.path("code").asString() + ", HTTP "
                        + response.statusCode() + ")";
            }
        } catch (JacksonException notJson) {
            // Not the admin API answering (another service on that port?): say what came back.
        }
        String body = response.body() == null ? "" : response.body().strip();
        return "HTTP " + response.statusCode() + " from " + response.uri()
                + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(body.length(), 200)));
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new AdminApiException("the identity service answered something other than JSON: "
                    + body.substring(0, Math.min(body.length(), 200)));
        }
    }
}
