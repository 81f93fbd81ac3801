package io.trustframe.identity.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.graph.GraphBody;
import io.trustframe.identity.graph.GraphException;
import io.trustframe.identity.graph.GraphTenant;
import io.trustframe.identity.policies.TenantPolicies;
import tools.jackson.databind.JsonNode;

/**
 * Uploads several custom policy files at once, all or nothing ({@code trustframe policy upload} uses it). Graph's
 * trustFrameworkPolicy API takes one file per request, so a deployment refused at its fourth file would be left
 * half-done; here the files are validated together with the tenant's others and stored in one transaction.
 */
@RestController
public class AdminPolicyBatch {

    private final TenantPolicies policies;
    private final GraphTenant tenants;

    public AdminPolicyBatch(TenantPolicies policies, GraphTenant tenants) {
        this.policies = policies;
        this.tenants = tenants;
    }

    /** Body {@code {"policies":["<TrustFrameworkPolicy …>", …]}}; answer 200 {@code {"value":[{"id","created"}]}}. */
    @PostMapping("/admin/tenants/{tenant}/policies")
    Map<String, Object> upload(@PathVariable String tenant, @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, "policyBatch");
        body.onlyProperties(Set.of("policies"), false);
        List<String> files = body.strings("policies").filter(list -> !list.isEmpty())
                .orElseThrow(() -> GraphException.badRequest("Property 'policies' is required: the policy files' XML."));
        List<TenantPolicies.Stored> stored = policies.uploadAll(tenants.resolve(tenant),
                files.stream().map(xml -> xml.getBytes(StandardCharsets.UTF_8)).toList());
        return Map.of("value", stored.stream().map(AdminPolicyBatch::json).toList());
    }

    private static Map<String, Object> json(TenantPolicies.Stored stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stored.id());
        json.put("created", stored.created());
        return json;
    }
}
