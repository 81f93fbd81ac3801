package io.trustframe.identity.tenants;

import java.util.UUID;

/**
 * A directory tenant, as B2C names it three ways: {@code contoso}, {@code contoso.onmicrosoft.com} and its GUID.
 * Keys, app registrations and users belong to exactly one tenant.
 */
public record Tenant(UUID id, String name, String domain) {

    /** B2C's initial domain of a tenant: every tenant answers to {@code <name>.onmicrosoft.com}. */
    public static final String DOMAIN_SUFFIX = ".onmicrosoft.com";
}
