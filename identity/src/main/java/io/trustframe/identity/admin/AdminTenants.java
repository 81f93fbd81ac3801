package io.trustframe.identity.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.graph.GraphBody;
import io.trustframe.identity.graph.GraphException;
import io.trustframe.identity.graph.GraphTenant;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.identity.tenants.Tenants;
import tools.jackson.databind.JsonNode;

/**
 * Trustframe's own admin endpoints, for what Graph has no shape for: the tenants this service hosts, and a key
 * container's JWKS exactly as the discovery keys endpoint will publish it.
 */
@RestController
public class AdminTenants {

    private final Tenants tenants;
    private final GraphTenant graphTenant;
    private final PolicyKeys keys;

    public AdminTenants(Tenants tenants, GraphTenant graphTenant, PolicyKeys keys) {
        this.tenants = tenants;
        this.graphTenant = graphTenant;
        this.keys = keys;
    }

    @GetMapping("/admin/tenants")
    Map<String, Object> list() {
        return Map.of("value", tenants.list().stream().map(AdminTenants::json).toList());
    }

    @PostMapping(path = "/admin/tenants")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, "tenant");
        body.onlyProperties(Set.of("name"), false);
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(json(tenants.create(body.requiredString("name"))));
        } catch (IllegalArgumentException e) {
            throw GraphException.badRequest(e.getMessage());
        } catch (Tenants.TenantExistsException e) {
            throw GraphException.badRequest("A tenant named '" + body.requiredString("name") + "' already exists.");
        }
    }

    @GetMapping(path = "/admin/tenants/{tenant}/keySets/{id}/keys", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks(@PathVariable String tenant, @PathVariable String id) {
        return keys.jwks(graphTenant.resolve(tenant), id)
                .map(set -> set.toJSONObject(true))
                .orElseThrow(() -> GraphException.notFound(id));
    }

    private static Map<String, Object> json(Tenant tenant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", tenant.id().toString());
        json.put("name", tenant.name());
        json.put("domain", tenant.domain());
        return json;
    }
}
