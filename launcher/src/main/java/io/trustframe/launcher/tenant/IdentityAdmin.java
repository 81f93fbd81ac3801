package io.trustframe.launcher.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls of the identity service's Graph-shaped admin API that an import needs (identity.md, "Admin API"):
 * applications, policy keys and custom policies of one tenant, under {@code /graph/{tenant}}.
 */
final class IdentityAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    IdentityAdmin(URI identity, String tenant, String token) {
        String root = identity.toString().replaceAll("/+$", "");
        this.base = URI.create(root + "/graph/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "/");
        this.token = token;
    }

    /** The client id of the first application with this display name, if any. */
    Optional<String> applicationId(String displayName) {
        for (JsonNode app : send("GET", "v1.0/applications?$top=999", null, null).path("value")) {
            if (displayName.equals(app.path("displayName").asString())) {
                return Optional.of(app.path("appId").asString());
            }
        }
        return Optional.empty();
    }

    /** Registers an application as B2C's "register the IEF applications" step does; answers its client id. */
    String createApplication(String displayName, boolean publicClient, String redirectUri) {
        Map<String, Object> body = publicClient
                ? Map.of("displayName", displayName, "isFallbackPublicClient", true,
                "publicClient", Map.of("redirectUris", java.util.List.of(redirectUri)))
                : Map.of("displayName", displayName, "web", Map.of("redirectUris", java.util.List.of(redirectUri)));
        return send("POST", "v1.0/applications", JSON.writeValueAsString(body), "application/json")
                .path("appId").asString();
    }

    boolean hasActiveKey(String keySet) {
        return call("GET", "beta/trustFramework/keySets/" + keySet + "/getActiveKey", null, null).statusCode() == 200;
    }

    /**
     * Adds the secret as the container's newest version (B2C's "manual" key). The API never gives a secret back, so
     * an import cannot tell whether it changed: every import adds a version, and the newest is the active one.
     */
    void uploadSecret(String keySet, String secret) {
        ensureKeySet(keySet);
        send("POST", "beta/trustFramework/keySets/" + keySet + "/uploadSecret",
                JSON.writeValueAsString(Map.of("use", "enc", "k", secret)), "application/json");
    }

    void generateRsa(String keySet, String use) {
        ensureKeySet(keySet);
        send("POST", "beta/trustFramework/keySets/" + keySet + "/generateKey",
                JSON.writeValueAsString(Map.of("use", use, "kty", "RSA")), "application/json");
    }

    /** Uploads a policy file; answers true when it was new (201), false when it replaced one (200). */
    boolean uploadPolicy(String policyId, String xml) {
        HttpResponse<String> response = call("PUT", "beta/trustFramework/policies/" + policyId + "/$value", xml,
                "application/xml");
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new AdminException("upload of " + policyId + " refused (" + response.statusCode() + "): "
                    + response.body());
        }
        return response.statusCode() == 201;
    }

    private void ensureKeySet(String keySet) {
        if (call("GET", "beta/trustFramework/keySets/" + keySet, null, null).statusCode() == 404) {
            send("POST", "beta/trustFramework/keySets", JSON.writeValueAsString(Map.of("id", keySet)),
                    "application/json");
        }
    }

    private JsonNode send(String method, String path, String body, String contentType) {
        HttpResponse<String> response = call(method, path, body, contentType);
        if (response.statusCode() / 100 != 2) {
            throw new AdminException(method + " " + base.resolve(path) + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body, String contentType) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new AdminException("identity at " + base + " refused the admin token (401)");
            }
            return response;
        } catch (IOException e) {
            throw new AdminException("identity admin API at " + base + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while calling " + uri);
        }
    }

    /** A call the identity service refused or could not answer; its message is for the user. */
    static final class AdminException extends RuntimeException {
        AdminException(String message) {
            super(message);
        }
    }
}
