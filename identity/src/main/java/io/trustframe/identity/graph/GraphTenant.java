package io.trustframe.identity.graph;

import org.springframework.stereotype.Component;

import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.identity.tenants.Tenants;

/**
 * The tenant a Graph request acts on. Microsoft Graph takes it from the access token; here the path names it
 * ({@code /graph/contoso/v1.0/users}, also {@code contoso.onmicrosoft.com} or the GUID) or, without a prefix
 * ({@code /v1.0/users}), it is the default tenant.
 */
@Component
public class GraphTenant {

    private final Tenants tenants;
    private final DefaultTenant defaultTenant;

    public GraphTenant(Tenants tenants, DefaultTenant defaultTenant) {
        this.tenants = tenants;
        this.defaultTenant = defaultTenant;
    }

    public Tenant resolve(String reference) {
        if (reference == null) {
            return defaultTenant.get();
        }
        return tenants.find(reference).orElseThrow(() -> new GraphException(GraphError.NOT_FOUND,
                "Tenant '" + reference + "' does not exist."));
    }
}
