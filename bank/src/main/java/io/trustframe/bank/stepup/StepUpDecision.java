package io.trustframe.bank.stepup;

/** Whether a step-up token authorises the pending payment. */
public sealed interface StepUpDecision {

    /** It does: the token is genuine, fresh, of the step-up policy, of this customer, for exactly this payment. */
    record Accepted(StepUpAuthorization authorization) implements StepUpDecision {
    }

    /** It does not; the payment must not be executed. */
    record Refused(Refusal reason) implements StepUpDecision {
    }
}
