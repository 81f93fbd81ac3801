package io.trustframe.engine.spi;

/**
 * What a journey does, step by step, for whoever wants to know: B2C's journey recorder (Application Insights'
 * "UserJourneyRecorderEndpoint") plays this role there; here tests use it to prove which parts of a policy ran.
 * Calls come on the request's thread, synchronously; an implementation must be quick and must not throw. Ids are
 * as the policy spells them.
 */
public interface ExecutionTrace {

    /** Traces nothing. */
    ExecutionTrace NONE = new ExecutionTrace() {
    };

    /** A technical profile's handler ran (a step's profile, a validation profile, a display-control action's). */
    default void technicalProfile(String policyId, String technicalProfileId) {
    }

    /** A claims transformation ran (input or output transformation of a profile). */
    default void claimsTransformation(String policyId, String transformationId) {
    }

    /** A display control's action (SendCode, VerifyCode, …) was performed. */
    default void displayControlAction(String policyId, String displayControlId, String action) {
    }

    /** A claim got a value in the journey's claims bag. */
    default void claim(String policyId, String claimType) {
    }
}
