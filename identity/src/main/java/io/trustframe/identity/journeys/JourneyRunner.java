package io.trustframe.identity.journeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.trustframe.engine.journey.JourneyEngine;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.journey.JourneyState;
import io.trustframe.engine.journey.JourneyStateJson;
import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.tenants.Tenant;

/**
 * Runs a policy's journey for the browser: starts it, keeps it in the database under a transaction id between pages
 * (any node can continue it), and resumes it only for a form that carries the journey's CSRF token, or for an identity
 * provider's answer that carries the state the journey sent it.
 */
@Service
public class JourneyRunner {

    /** How long a journey may wait on a page (B2C keeps its state cookie for the browser session). */
    private static final Duration PAUSE = Duration.ofMinutes(30);

    private final EnginePorts ports;
    private final JourneyStore store;
    private final Clock clock;
    private final SecureRandom random;

    public JourneyRunner(EnginePorts ports, JourneyStore store, Clock clock, SecureRandom random) {
        this.ports = ports;
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** @param authorize the authorization request, as the responder will need it when the journey ends */
    public JourneyStep start(Tenant tenant, RelyingPartyPolicy policy, JourneyRequest request, String authorize) {
        Outcome outcome = new JourneyEngine(ports.forTenant(tenant)).start(policy, request);
        return step(new PausedJourney(token(), tenant.id(), policy.policyId(), token(), authorize, "", clock.instant()),
                outcome);
    }

    /** The paused journey, only when the form's CSRF token is the journey's (compared in constant time). */
    public Optional<PausedJourney> paused(String tx, String csrfToken) {
        if (tx == null || csrfToken == null) {
            return Optional.empty();
        }
        return store.find(tx).filter(journey -> MessageDigest.isEqual(
                journey.csrfToken().getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The journey waiting for a federated identity provider's answer that carries this state. The state is what
     * correlates the answer with the journey (the provider names nothing else of ours); the engine checks it again.
     */
    public Optional<PausedJourney> awaitingFederation(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        return store.findByFederationState(state);
    }

    public JourneyStep resume(Tenant tenant, RelyingPartyPolicy policy, PausedJourney journey, Submission submission) {
        JourneyState state = JourneyStateJson.read(journey.state());
        Outcome outcome = new JourneyEngine(ports.forTenant(tenant)).resume(policy, state, submission);
        return step(journey, outcome);
    }

    private JourneyStep step(PausedJourney journey, Outcome outcome) {
        if (outcome instanceof Outcome.ShowPage page) {
            store.save(paused(journey, page.state()));
            return new JourneyStep.Paused(page.page(), journey.id(), journey.csrfToken());
        }
        if (outcome instanceof Outcome.Redirect redirect) {
            store.save(paused(journey, redirect.state()), redirect.state().waiting().federationState());
            return new JourneyStep.Away(redirect.url());
        }
        store.delete(journey.id());
        return new JourneyStep.Ended(outcome, journey.authorize());
    }

    private PausedJourney paused(PausedJourney journey, JourneyState state) {
        return new PausedJourney(journey.id(), journey.tenantId(), journey.policyId(), journey.csrfToken(),
                journey.authorize(), JourneyStateJson.write(state), clock.instant().plus(PAUSE));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
