package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import java.util.Map;

/**
 * Drives a journey the way the identity service does: every state goes through JSON and the journey is resumed from
 * the deserialized copy, which must equal the original (a journey resumed on another node behaves identically).
 */
final class Browser {

    private final JourneyEngine engine;
    private final RelyingPartyPolicy policy;
    Outcome last;
    int roundTrips;

    Browser(JourneyEngine engine, RelyingPartyPolicy policy) {
        this.engine = engine;
        this.policy = policy;
    }

    Outcome start(JourneyRequest request) {
        last = engine.start(policy, request);
        return last;
    }

    Outcome submit(Submission submission) {
        String json = JourneyStateJson.write(last.state());
        JourneyState copy = JourneyStateJson.read(json);
        assertThat(copy).as("journey state after JSON round trip").isEqualTo(last.state());
        roundTrips++;
        last = engine.resume(policy, copy, submission);
        return last;
    }

    Outcome form(Map<String, String> fields) {
        return submit(new Submission.Form(fields));
    }

    Outcome choose(String claimsExchangeId) {
        return submit(new Submission.ChooseClaimsExchange(claimsExchangeId));
    }

    Outcome action(String control, String action, Map<String, String> fields) {
        return submit(new Submission.ControlAction(control, action, fields));
    }

    /** B2C's built-in email verification of a Verified.Email field: send the code, read the mail, verify. */
    Outcome verifyEmail(TestPorts world, String claimType, String email) {
        action("Verified." + claimType, "SendCode", Map.of(claimType, email));
        return action("Verified." + claimType, "VerifyCode",
                Map.of(claimType, email, "verificationCode", world.lastMailedCode(email)));
    }

    Page page() {
        assertThat(last).as("outcome").isInstanceOf(Outcome.ShowPage.class);
        return ((Outcome.ShowPage) last).page();
    }

    Outcome.Complete complete() {
        assertThat(last).as("outcome").isInstanceOf(Outcome.Complete.class);
        return (Outcome.Complete) last;
    }

    Outcome.Fail failure() {
        assertThat(last).as("outcome").isInstanceOf(Outcome.Fail.class);
        return (Outcome.Fail) last;
    }
}
