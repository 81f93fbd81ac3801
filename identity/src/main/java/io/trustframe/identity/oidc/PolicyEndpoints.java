package io.trustframe.identity.oidc;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.identity.IdentitySettings;
import io.trustframe.identity.policies.TenantPolicies;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.identity.tenants.Tenants;

/** Finds the policy a request's path names: tenant as name, domain or GUID; PolicyId in any case. */
@Component
public class PolicyEndpoints {

    private final Tenants tenants;
    private final TenantPolicies policies;
    private final String configuredBaseUrl;

    public PolicyEndpoints(Tenants tenants, TenantPolicies policies, IdentitySettings settings) {
        this.tenants = tenants;
        this.policies = policies;
        String base = settings.baseUrl();
        this.configuredBaseUrl = base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }

    /** @throws OidcException AADB2C90022 when the tenant or the policy does not exist */
    public PolicyEndpoint resolve(String tenantReference, String policyId) {
        if (policyId == null || policyId.isBlank()) {
            throw new OidcException(OidcError.AADB2C90022, "", tenantReference);
        }
        Tenant tenant = tenants.find(tenantReference)
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90022, policyId, tenantReference));
        RelyingPartyPolicy policy = policies.relyingParty(tenant, policyId)
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90022, policyId, tenant.domain()));
        return new PolicyEndpoint(tenant, policy, baseUrl());
    }

    private String baseUrl() {
        return configuredBaseUrl != null ? configuredBaseUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
