package io.trustframe.engine.journey;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to continue a journey on any node, as plain values: which policy (and which revision of it),
 * where in the journey (a stack of frames for sub-journeys), the claims bag as strings by claim type, what the
 * journey waits for, display-control state, the request that started it and the SSO session it belongs to.
 * {@link JourneyStateJson} writes and reads it.
 *
 * @param frames          the journey and called sub-journeys, innermost last
 * @param claims          claim type → B2C string form
 * @param selectedExchange the claims exchange chosen on a selection page, for the next ClaimsExchange step
 * @param waiting         what the current step waits for, or null while running
 * @param controls        display-control state: verified flags and codes-sent markers, by control/claim
 * @param sessionProfiles technical profiles completed in this journey with the claims their session provider persists;
 *                        written to the SSO session when the journey sends its claims
 */
public record JourneyState(String policyId, String policyHash, String correlationId, List<Frame> frames,
                           Map<String, String> claims, String selectedExchange, Waiting waiting,
                           Map<String, String> controls, JourneyRequest request, String ssoSessionId,
                           Map<String, Map<String, String>> sessionProfiles) {

    public JourneyState {
        Objects.requireNonNull(policyId, "policyId");
        frames = List.copyOf(frames);
        claims = Map.copyOf(claims);
        controls = Map.copyOf(controls);
        sessionProfiles = Map.copyOf(sessionProfiles);
    }

    /** One journey or sub-journey being run and the index of its current step. */
    public record Frame(String journeyId, boolean subJourney, int stepIndex) {
    }

    /**
     * What a paused journey waits for: a choice on a selection page, a form of a self-asserted profile (possibly
     * combined with a selection), or a federation callback.
     */
    public record Waiting(Kind kind, String technicalProfileId, String federationState) {
        public enum Kind { SELECTION, PAGE, FEDERATION }
    }
}
