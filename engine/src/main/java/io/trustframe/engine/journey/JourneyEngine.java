package io.trustframe.engine.journey;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.UserJourney;
import io.trustframe.engine.spi.Ports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs relying-party policies as resumable journeys. {@link #start} runs the default user journey until it needs the
 * browser (a page, a federation redirect) or ends; {@link #resume} continues from a {@link JourneyState} with what the
 * browser sent. Nothing is kept between calls: the state is the whole journey, so any node can continue it.
 */
public final class JourneyEngine {

    private static final System.Logger LOG = System.getLogger(JourneyEngine.class.getName());

    /**
     * Fingerprints of recently used merged policies, shared by every engine: a service makes an engine per request,
     * and hashing the printed policy chain is a tenth of a sign-in's CPU (docs/benchmarks.md). Bounded, so policies
     * replaced by uploads are forgotten.
     */
    private static final int REMEMBERED_POLICIES = 256;
    private static final Map<PolicyIdentity, String> HASHES = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PolicyIdentity, String> eldest) {
                    return size() > REMEMBERED_POLICIES;
                }
            });

    private final Ports ports;

    public JourneyEngine(Ports ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    public Outcome start(RelyingPartyPolicy policy, JourneyRequest request) {
        UserJourney journey = policy.defaultUserJourney().orElseThrow(
                () -> new IllegalArgumentException(policy.policyId() + " has no default user journey"));
        JourneyState initial = new JourneyState(policy.policyId(), hash(policy), correlationId(),
                List.of(new JourneyState.Frame(journey.id(), false, 0)), Map.of(), null, null, Map.of(), request,
                request.ssoSessionId(), Map.of());
        if ("none".equalsIgnoreCase(request.prompt()) && !hasSession(request)) {
            return new Outcome.Fail(B2cError.AADB2C90077, B2cError.AADB2C90077.defaultMessage(), initial);
        }
        Outcome outcome;
        try {
            outcome = new Execution(policy, hash(policy), ports, initial).advance();
        } catch (RuntimeException e) {
            return unexpected(e, initial);
        }
        if ("none".equalsIgnoreCase(request.prompt())
                && (outcome instanceof Outcome.ShowPage || outcome instanceof Outcome.Redirect)) {
            // prompt=none forbids any interaction: a journey the session cannot carry through fails instead.
            return new Outcome.Fail(B2cError.AADB2C90077, B2cError.AADB2C90077.defaultMessage(), outcome.state());
        }
        return outcome;
    }

    public Outcome resume(RelyingPartyPolicy policy, JourneyState state, Submission submission) {
        if (!policy.policyId().equalsIgnoreCase(state.policyId()) || !hash(policy).equals(state.policyHash())) {
            // The policy was changed (or another policy is named) since the journey started: B2C drops the journey.
            return new Outcome.Fail(B2cError.AADB2C90037, "The journey belongs to another version of the policy.", state);
        }
        try {
            return new Execution(policy, state.policyHash(), ports, state).resume(submission);
        } catch (RuntimeException e) {
            return unexpected(e, state);
        }
    }

    /**
     * A defect or a policy the validator would have refused: the user gets B2C's generic error, the operator the
     * cause, under the journey's correlation id (what B2C asks users to quote).
     */
    private static Outcome unexpected(RuntimeException e, JourneyState state) {
        LOG.log(System.Logger.Level.WARNING, "journey " + state.correlationId() + " of " + state.policyId() + " failed", e);
        return new Outcome.Fail(B2cError.AADB2C90037, B2cError.AADB2C90037.defaultMessage(), state);
    }

    private boolean hasSession(JourneyRequest request) {
        return request.ssoSessionId() != null && ports.sessions().find(request.ssoSessionId()).isPresent();
    }

    private String correlationId() {
        String hex = ports.randomness().id();
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    /** A fingerprint of the merged policy, so a state is never resumed against a different revision. */
    String hash(RelyingPartyPolicy policy) {
        PolicyIdentity key = new PolicyIdentity(policy);
        String known = HASHES.get(key);
        if (known != null) {
            return known;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(policy.chain().toString().getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest, 0, 16);
            HASHES.put(key, hash);
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Policies by identity: a merged policy is immutable, and hashing the record itself would walk the whole model. */
    private record PolicyIdentity(RelyingPartyPolicy policy) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PolicyIdentity identity && identity.policy == policy;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(policy);
        }
    }
}
