package io.trustframe.identity.apps;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trustframe.identity.tenants.Tenant;

/** The applications registered in each tenant: client ids, exact redirect URIs and hashed client secrets. */
public interface AppRegistrations {

    /** The created app and, for a confidential client, its first secret (shown once). */
    record Created(Application application, Optional<NewSecret> secret) {
    }

    /** @throws AppRegistrationException {@code INVALID_VALUE} */
    Created create(Tenant tenant, NewApplication application);

    /** An app by its object id or its client id (appId). */
    Optional<Application> find(Tenant tenant, UUID idOrAppId);

    List<Application> list(Tenant tenant);

    /** @return whether the app existed */
    boolean delete(Tenant tenant, UUID idOrAppId);

    /**
     * Adds a client secret (rotation: add the new one, move clients over, remove the old one).
     *
     * @param endDateTime null: two years from now, Entra's default
     * @throws AppRegistrationException {@code APPLICATION_NOT_FOUND}, or {@code INVALID_VALUE} for a public client
     */
    NewSecret addSecret(Tenant tenant, UUID idOrAppId, String displayName, Instant endDateTime);

    /** @throws AppRegistrationException {@code APPLICATION_NOT_FOUND} or {@code SECRET_NOT_FOUND} */
    void removeSecret(Tenant tenant, UUID idOrAppId, UUID keyId);

    /**
     * Whether {@code secret} is a current secret of the confidential client {@code appId}: the token endpoint's
     * {@code client_secret_basic} / {@code client_secret_post} check. Compared in constant time.
     */
    boolean verifySecret(Tenant tenant, UUID appId, String secret);
}
