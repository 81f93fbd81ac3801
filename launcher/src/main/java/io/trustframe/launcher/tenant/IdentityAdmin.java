package io.trustframe.launcher.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trustframe.launcher.admin.IdentityAdminClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calls of the identity service's admin API (identity.md, "Admin API") an import makes, on the admin commands'
 * client: applications, policy keys and the all-or-nothing policy batch of one tenant.
 */
final class IdentityAdmin {

    private final IdentityAdminClient client;

    IdentityAdmin(IdentityAdminClient client) {
        this.client = client;
    }

    /** The client id of the first application with this display name, if any. */
    Optional<String> applicationId(String displayName) {
        for (JsonNode app : client.get(client.graph("/v1.0/applications?$top=999")).path("value")) {
            if (displayName.equals(app.path("displayName").asString())) {
                return Optional.of(app.path("appId").asString());
            }
        }
        return Optional.empty();
    }

    /** Registers an application as B2C's "register the IEF applications" step does; answers its client id. */
    String createApplication(String displayName, boolean publicClient, String redirectUri) {
        ObjectNode body = IdentityAdminClient.object().put("displayName", displayName);
        if (publicClient) {
            body.put("isFallbackPublicClient", true);
            body.putObject("publicClient").putArray("redirectUris").add(redirectUri);
        } else {
            body.putObject("web").putArray("redirectUris").add(redirectUri);
        }
        return client.post(client.graph("/v1.0/applications"), body).path("appId").asString();
    }

    boolean hasActiveKey(String keySet) {
        return client.exists(keySet(keySet) + "/getActiveKey");
    }

    /**
     * Adds the secret as the container's newest version (B2C's "manual" key). The API never gives a secret back, so
     * an import cannot tell whether it changed: every import adds a version, and the newest is the active one.
     */
    void uploadSecret(String keySet, String secret) {
        ensureKeySet(keySet);
        client.post(keySet(keySet) + "/uploadSecret", IdentityAdminClient.object().put("use", "enc").put("k", secret));
    }

    void generateRsa(String keySet, String use) {
        ensureKeySet(keySet);
        client.post(keySet(keySet) + "/generateKey", IdentityAdminClient.object().put("use", use).put("kty", "RSA"));
    }

    /**
     * Stores the files in one transaction ({@code POST /admin/tenants/{tenant}/policies}): the service validates them
     * again, with the tenant's other files, and stores all or nothing. Answers PolicyId → whether it was new.
     */
    List<Map.Entry<String, Boolean>> uploadPolicies(List<String> xml) {
        ObjectNode body = IdentityAdminClient.object();
        ArrayNode files = body.putArray("policies");
        xml.forEach(files::add);
        List<Map.Entry<String, Boolean>> stored = new ArrayList<>();
        for (JsonNode policy : client.post("/admin/tenants/" + IdentityAdminClient.segment(client.tenant())
                + "/policies", body).path("value")) {
            stored.add(Map.entry(policy.path("id").asString(), policy.path("created").asBoolean()));
        }
        return stored;
    }

    private void ensureKeySet(String keySet) {
        if (!client.exists(keySet(keySet))) {
            client.post(client.graph("/beta/trustFramework/keySets"), IdentityAdminClient.object().put("id", keySet));
        }
    }

    private String keySet(String keySet) {
        return client.graph("/beta/trustFramework/keySets/" + IdentityAdminClient.segment(keySet));
    }
}
