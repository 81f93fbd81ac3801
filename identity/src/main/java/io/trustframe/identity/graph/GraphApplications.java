package io.trustframe.identity.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;
import io.trustframe.identity.apps.NewApplication;
import io.trustframe.identity.apps.NewSecret;
import io.trustframe.identity.apps.PasswordCredential;
import io.trustframe.identity.apps.Platform;
import io.trustframe.identity.apps.RedirectUri;
import io.trustframe.identity.tenants.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * App registrations through Graph's {@code /v1.0/applications} shape: redirect URIs per platform ({@code web},
 * {@code spa}, {@code publicClient}), client secrets through {@code addPassword} / {@code removePassword}. One
 * difference from Graph, for convenience: creating a confidential client also returns its first secret, once.
 */
@RestController
public class GraphApplications {

    private static final String TYPE = "microsoft.graph.application";
    private static final String BASE = "/v1.0/applications";
    private static final String TENANT_BASE = "/graph/{tenant}" + BASE;
    private static final Map<String, Platform> PLATFORMS = Map.of(
            "web", Platform.WEB, "spa", Platform.SPA, "publicClient", Platform.PUBLIC_CLIENT);

    private final AppRegistrations apps;
    private final GraphTenant tenants;

    public GraphApplications(AppRegistrations apps, GraphTenant tenants) {
        this.apps = apps;
        this.tenants = tenants;
    }

    /**
     * A public client is one that says so ({@code isFallbackPublicClient}) or that has only single-page and native
     * redirect URIs: such apps cannot keep a secret. Every other app is confidential and gets a secret.
     */
    @PostMapping(path = {BASE, TENANT_BASE})
    ResponseEntity<Map<String, Object>> create(@PathVariable(required = false) String tenant,
                                               @RequestBody JsonNode json, HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("displayName", "web", "spa", "publicClient", "isFallbackPublicClient"), false);
        List<RedirectUri> uris = new ArrayList<>();
        for (Map.Entry<String, Platform> platform : PLATFORMS.entrySet()) {
            Optional<GraphBody> section = body.object(platform.getKey());
            if (section.isPresent()) {
                section.get().onlyProperties(Set.of("redirectUris"), false);
                section.get().strings("redirectUris").orElse(List.of())
                        .forEach(uri -> uris.add(new RedirectUri(platform.getValue(), uri)));
            }
        }
        boolean hasWeb = uris.stream().anyMatch(uri -> uri.platform() == Platform.WEB);
        boolean publicClient = body.bool("isFallbackPublicClient").orElse(!hasWeb && !uris.isEmpty());
        AppRegistrations.Created created = apps.create(target,
                new NewApplication(body.requiredString("displayName"), publicClient, uris));
        Map<String, Object> response = application(created.application(), GraphUsers.context(request, "applications/$entity"));
        created.secret().ifPresent(secret -> response.put("passwordCredentials", List.of(credential(secret.credential(), secret))));
        return ResponseEntity.status(HttpStatus.CREATED).body(response);
    }

    @GetMapping(path = {BASE, TENANT_BASE})
    Map<String, Object> list(@PathVariable(required = false) String tenant, HttpServletRequest request) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", GraphUsers.context(request, "applications"));
        page.put("value", apps.list(tenants.resolve(tenant)).stream().map(app -> application(app, null)).toList());
        return page;
    }

    @GetMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    Map<String, Object> get(@PathVariable(required = false) String tenant, @PathVariable String id, HttpServletRequest request) {
        Application app = apps.find(tenants.resolve(tenant), guid(id)).orElseThrow(() -> GraphException.notFound(id));
        return application(app, GraphUsers.context(request, "applications/$entity"));
    }

    @DeleteMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) String tenant, @PathVariable String id) {
        if (!apps.delete(tenants.resolve(tenant), guid(id))) {
            throw GraphException.notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = {BASE + "/{id}/addPassword", TENANT_BASE + "/{id}/addPassword"})
    Map<String, Object> addPassword(@PathVariable(required = false) String tenant, @PathVariable String id,
                                    @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("passwordCredential"), false);
        Optional<GraphBody> credential = body.object("passwordCredential");
        credential.ifPresent(c -> c.onlyProperties(Set.of("displayName", "endDateTime"), false));
        NewSecret secret = apps.addSecret(tenants.resolve(tenant), guid(id),
                credential.flatMap(c -> c.string("displayName")).orElse(null),
                credential.flatMap(c -> c.dateTime("endDateTime")).orElse(null));
        return credential(secret.credential(), secret);
    }

    @PostMapping(path = {BASE + "/{id}/removePassword", TENANT_BASE + "/{id}/removePassword"})
    ResponseEntity<Void> removePassword(@PathVariable(required = false) String tenant, @PathVariable String id,
                                        @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("keyId"), false);
        apps.removeSecret(tenants.resolve(tenant), guid(id), guid(body.requiredString("keyId")));
        return ResponseEntity.noContent().build();
    }

    private static UUID guid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw GraphException.notFound(id);
        }
    }

    private static Map<String, Object> application(Application app, String context) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (context != null) {
            json.put("@odata.context", context);
        }
        json.put("id", app.id().toString());
        json.put("appId", app.appId().toString());
        json.put("displayName", app.displayName());
        json.put("createdDateTime", app.createdDateTime().toString());
        json.put("isFallbackPublicClient", app.publicClient());
        json.put("web", Map.of("redirectUris", uris(app, Platform.WEB)));
        json.put("spa", Map.of("redirectUris", uris(app, Platform.SPA)));
        json.put("publicClient", Map.of("redirectUris", uris(app, Platform.PUBLIC_CLIENT)));
        json.put("passwordCredentials", app.passwordCredentials().stream().map(c -> credential(c, null)).toList());
        return json;
    }

    private static List<String> uris(Application app, Platform platform) {
        return app.redirectUris().stream().filter(uri -> uri.platform() == platform).map(RedirectUri::uri).toList();
    }

    /** Graph's passwordCredential; {@code secretText} is filled only in the response that made the secret. */
    private static Map<String, Object> credential(PasswordCredential credential, NewSecret made) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("keyId", credential.keyId().toString());
        json.put("displayName", credential.displayName());
        json.put("hint", credential.hint());
        json.put("startDateTime", credential.startDateTime().toString());
        json.put("endDateTime", credential.endDateTime().toString());
        json.put("secretText", made == null ? null : made.secretText());
        return json;
    }
}
