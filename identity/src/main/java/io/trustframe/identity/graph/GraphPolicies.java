package io.trustframe.identity.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.policies.StoredPolicy;
import io.trustframe.identity.policies.TenantPolicies;
import io.trustframe.identity.tenants.Tenant;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Custom policies through Graph's {@code /beta/trustFramework/policies} API (trustFrameworkPolicy): upload or replace
 * ({@code PUT …/{id}/$value}, XML body: 201 when new, 200 when replaced), list, download, delete. A file the validator
 * finds errors in is refused with its compiler-style lines.
 */
@RestController
public class GraphPolicies {

    private static final String BASE = "/beta/trustFramework/policies";
    private static final String TENANT_BASE = "/graph/{tenant}" + BASE;

    private final TenantPolicies policies;
    private final GraphTenant tenants;

    public GraphPolicies(TenantPolicies policies, GraphTenant tenants) {
        this.policies = policies;
        this.tenants = tenants;
    }

    @PutMapping(path = {BASE + "/{id}/$value", TENANT_BASE + "/{id}/$value"})
    ResponseEntity<Void> upload(@PathVariable(required = false) String tenant, @PathVariable String id,
                                @RequestHeader(name = "Content-Type", required = false) String contentType,
                                @RequestBody(required = false) byte[] xml) {
        if (contentType == null || !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_XML)) {
            throw new GraphException(GraphError.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/xml.");
        }
        if (xml == null || xml.length == 0) {
            throw GraphException.badRequest("The request body must be a TrustFrameworkPolicy XML document.");
        }
        boolean created = policies.upload(tenants.resolve(tenant), id, xml);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    @GetMapping(path = {BASE, TENANT_BASE})
    Map<String, Object> list(@PathVariable(required = false) String tenant, HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", GraphUsers.context(request, "trustFramework/policies"));
        page.put("value", policies.list(target).stream().map(p -> Map.of("id", p.id())).toList());
        return page;
    }

    @GetMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    Map<String, Object> get(@PathVariable(required = false) String tenant, @PathVariable String id) {
        return Map.of("id", existing(tenants.resolve(tenant), id).id());
    }

    @GetMapping(path = {BASE + "/{id}/$value", TENANT_BASE + "/{id}/$value"})
    ResponseEntity<String> download(@PathVariable(required = false) String tenant, @PathVariable String id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
                .body(existing(tenants.resolve(tenant), id).xml());
    }

    @DeleteMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) String tenant, @PathVariable String id) {
        if (!policies.delete(tenants.resolve(tenant), id)) {
            throw GraphException.notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private StoredPolicy existing(Tenant tenant, String id) {
        return policies.find(tenant, id).orElseThrow(() -> GraphException.notFound(id));
    }
}
