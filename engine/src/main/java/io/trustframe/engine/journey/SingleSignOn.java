package io.trustframe.engine.journey;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.profiles.SsoSessionProviders;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.SsoSessions.SsoSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One journey's use of the B2C web session: reading it (which profiles a later journey skips, and the claims they get
 * back) and writing it when the journey sends its claims.
 */
final class SingleSignOn {

    /** B2C's default SessionExpiryInSeconds. */
    private static final int DEFAULT_SESSION_SECONDS = 86_400;

    private final RelyingPartyPolicy policy;
    private final Ports ports;
    private final JourneyRequest request;
    private final Optional<SsoSession> session;
    private final Map<String, Map<String, String>> recorded;

    /** {@code recorded} is the journey state's map of profiles to record, updated in place. */
    SingleSignOn(RelyingPartyPolicy policy, Ports ports, JourneyRequest request,
                 Map<String, Map<String, String>> recorded) {
        this.policy = policy;
        this.ports = ports;
        this.request = request;
        this.recorded = recorded;
        // prompt=login asks for fresh credentials: B2C ignores the session for this request (and writes a new one).
        boolean read = !suppressed() && !"login".equalsIgnoreCase(request.prompt()) && request.ssoSessionId() != null;
        this.session = read ? ports.sessions().find(request.ssoSessionId())
                .filter(s -> s.expiresAt() == null || s.expiresAt().isAfter(ports.clock().instant()))
                .filter(this::inScope)
                : Optional.empty();
    }

    boolean hasSession() {
        return session.isPresent();
    }

    /**
     * The claims a skipped profile gets back from the session, when the session satisfies it: what every profile
     * sharing its session provider persisted (B2C keeps one set of persisted claims per session provider).
     */
    Optional<Map<String, String>> claimsFor(TechnicalProfile profile) {
        if (session.isEmpty() || !SsoSessionProviders.skipsWhenInSession(policy, profile)
                || Execution.lookup(session.get().profiles(), profile.id()) == null) {
            return Optional.empty();
        }
        String manager = profile.useTechnicalProfileForSessionManagement().referenceId();
        Map<String, String> merged = new LinkedHashMap<>();
        session.get().profiles().forEach((id, persisted) -> {
            TechnicalProfile other = policy.technicalProfiles().get(id);
            if (other != null && other.useTechnicalProfileForSessionManagement() != null
                    && other.useTechnicalProfileForSessionManagement().referenceId().equalsIgnoreCase(manager)) {
                merged.putAll(persisted);
            }
        });
        return Optional.of(merged);
    }

    /** Notes a completed profile whose session provider keeps it in the session. */
    void record(TechnicalProfile profile, ClaimsBag claims) {
        SsoSessionProviders.manager(policy, profile)
                .ifPresent(manager -> ports.trace().technicalProfile(policy.policyId(), manager.id()));
        if (SsoSessionProviders.skipsWhenInSession(policy, profile)) {
            recorded.put(profile.id(), SsoSessionProviders.persisted(policy, profile, claims));
        }
    }

    /**
     * Writes the session as the journey sends its claims through {@code issuer}; null when the relying party
     * suppresses SSO. The application joins the session when the issuer's session provider is OAuthSSOSessionProvider.
     */
    Outcome.SsoInfo save(ClaimsBag claims, TechnicalProfile issuer) {
        SsoSessionProviders.manager(policy, issuer)
                .ifPresent(manager -> ports.trace().technicalProfile(policy.policyId(), manager.id()));
        if (suppressed()) {
            return null;
        }
        RelyingParty.UserJourneyBehaviors behaviors = policy.relyingParty().userJourneyBehaviors();
        String expiryType = behaviors != null && behaviors.sessionExpiryType() != null ? behaviors.sessionExpiryType() : "Rolling";
        int seconds = behaviors != null && behaviors.sessionExpiryInSeconds() != null
                ? behaviors.sessionExpiryInSeconds() : DEFAULT_SESSION_SECONDS;
        String id = session.map(SsoSession::id).orElseGet(() -> ports.randomness().id());
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>(session.map(SsoSession::profiles).orElse(Map.of()));
        // The session cookie is written when the journey sends its claims, so persisted claims carry their final
        // values (a phone number read after the sign-in step is still persisted with it).
        recorded.keySet().forEach(profileId -> policy.technicalProfiles().find(profileId)
                .ifPresent(p -> profiles.put(p.id(), SsoSessionProviders.persisted(policy, p, claims))));
        List<String> parties = new ArrayList<>(session.map(SsoSession::relyingParties).orElse(List.of()));
        if (request.clientId() != null && !parties.contains(request.clientId())
                && SsoSessionProviders.recordsRelyingParty(policy, issuer)) {
            parties.add(request.clientId());
        }
        List<String> policies = new ArrayList<>(session.map(SsoSession::policies).orElse(List.of()));
        if (policies.stream().noneMatch(p -> p.equalsIgnoreCase(policy.policyId()))) {
            policies.add(policy.policyId());
        }
        ports.sessions().save(new SsoSession(id, profiles, parties, policies, ports.clock().instant().plusSeconds(seconds)));
        return new Outcome.SsoInfo(id, expiryType, seconds);
    }

    /**
     * SingleSignOn Scope: Tenant (the default) shares the session with every policy and application of the tenant;
     * Application only with a client the session signed in to (recorded by the issuer's OAuthSSOSessionProvider);
     * Policy only with a policy that completed in it.
     */
    private boolean inScope(SsoSession candidate) {
        String scope = scope();
        if ("Application".equalsIgnoreCase(scope)) {
            return request.clientId() != null && candidate.relyingParties().contains(request.clientId());
        }
        if ("Policy".equalsIgnoreCase(scope)) {
            return candidate.policies().stream().anyMatch(p -> p.equalsIgnoreCase(policy.policyId()));
        }
        return true;
    }

    private String scope() {
        RelyingParty.UserJourneyBehaviors behaviors = policy.relyingParty().userJourneyBehaviors();
        return behaviors == null || behaviors.singleSignOn() == null || behaviors.singleSignOn().scope() == null
                ? "Tenant" : behaviors.singleSignOn().scope().strip();
    }

    private boolean suppressed() {
        return "Suppressed".equalsIgnoreCase(scope());
    }
}
