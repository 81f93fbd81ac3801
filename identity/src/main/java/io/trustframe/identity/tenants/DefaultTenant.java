package io.trustframe.identity.tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import io.trustframe.identity.IdentitySettings;

/**
 * Creates the configured default tenant ({@code trustframe.identity.default-tenant}, {@code contoso}) on first start,
 * before the service answers requests; the tenant-less Graph paths act on it.
 */
@Component
public class DefaultTenant implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DefaultTenant.class);

    private final Tenants tenants;
    private final String name;

    public DefaultTenant(Tenants tenants, IdentitySettings settings) {
        this.tenants = tenants;
        this.name = settings.defaultTenant();
    }

    @Override
    public void afterPropertiesSet() {
        if (tenants.find(name).isEmpty()) {
            try {
                Tenant tenant = tenants.create(name);
                log.info("Created tenant {} ({}, {})", tenant.name(), tenant.domain(), tenant.id());
            } catch (Tenants.TenantExistsException e) {
                // Another node sharing the database created it first.
            }
        }
    }

    /** The default tenant, which exists once the service has started. */
    public Tenant get() {
        return tenants.find(name).orElseThrow(() -> new IllegalStateException("default tenant " + name + " is missing"));
    }
}
