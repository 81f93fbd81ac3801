package io.trustframe.identity.tenants;

import java.util.List;
import java.util.Optional;

/** The tenants this service hosts. */
public interface Tenants {

    /**
     * Creates a tenant named {@code name} (lower-case letters and digits, as B2C tenant names) with domain
     * {@code <name>.onmicrosoft.com} and a new GUID.
     *
     * @throws IllegalArgumentException when the name is not a valid tenant name
     * @throws TenantExistsException     when the name is taken
     */
    Tenant create(String name);

    /** The tenant a URL names: {@code contoso}, {@code contoso.onmicrosoft.com} or the GUID, in any case. */
    Optional<Tenant> find(String reference);

    List<Tenant> list();

    /** Thrown by {@link #create} when a tenant of that name exists. */
    final class TenantExistsException extends RuntimeException {
        public TenantExistsException(String name) {
            super("tenant '" + name + "' exists");
        }
    }
}
