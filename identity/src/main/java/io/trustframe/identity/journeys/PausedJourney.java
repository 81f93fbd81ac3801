package io.trustframe.identity.journeys;

import java.time.Instant;
import java.util.UUID;

/**
 * A journey waiting for the browser: its transaction id, tenant and policy, the CSRF token its forms carry, the
 * authorization request that started it (JSON) and the engine's state (JSON).
 */
public record PausedJourney(String id, UUID tenantId, String policyId, String csrfToken, String authorize, String state,
                            Instant expiresAt) {

    @Override
    public String toString() {
        return "PausedJourney[" + id + ", " + policyId + "]";
    }
}
