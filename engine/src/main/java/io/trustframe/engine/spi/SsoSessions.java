package io.trustframe.engine.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The B2C web session (the {@code x-ms-cpim-sso} cookie points at one): which technical profiles the user already ran
 * and the claims their session providers persisted. The executor skips a step whose profile is recorded here.
 */
public interface SsoSessions {

    Optional<SsoSession> find(String sessionId);

    void save(SsoSession session);

    void delete(String sessionId);

    /**
     * @param profiles the technical profiles run in this session, by Id, with the claims their session provider
     *                 persisted (claim type → string value)
     * @param relyingParties client ids the session issued tokens to through a token issuer whose session provider is
     *                       OAuthSSOSessionProvider: the applications single sign-out signs out
     * @param policies       relying-party policies that completed in the session (SingleSignOn Scope="Policy")
     */
    record SsoSession(String id, Map<String, Map<String, String>> profiles, List<String> relyingParties,
                      List<String> policies, Instant expiresAt) {
        public SsoSession {
            profiles = Map.copyOf(profiles);
            relyingParties = List.copyOf(relyingParties);
            policies = List.copyOf(policies);
        }
    }
}
