package io.trustframe.engine.journey;

import java.util.Map;

/** What the browser sends back to continue a journey. */
public sealed interface Submission {

    /** The page's form: claim type → value as typed. */
    record Form(Map<String, String> fields) implements Submission {
        public Form {
            fields = Map.copyOf(fields);
        }
    }

    /** An identity-provider button or the sign-up link: the claims exchange the next step must run. */
    record ChooseClaimsExchange(String claimsExchangeId) implements Submission {
    }

    /** A display control's button (VerificationControl SendCode / VerifyCode) with the page's current fields. */
    record ControlAction(String displayControlId, String action, Map<String, String> fields) implements Submission {
        public ControlAction {
            fields = Map.copyOf(fields);
        }
    }

    /**
     * The unified sign-in page's "Forgot your password?" link: B2C ends the journey and tells the relying party
     * (AADB2C90118), which then starts its password-reset policy.
     */
    record ForgotPassword() implements Submission {
    }

    /** The page's cancel button. */
    record Cancel() implements Submission {
    }

    /** The federated provider's answer at the redirect URI (code/id_token/state or error). */
    record FederationCallback(Map<String, String> parameters) implements Submission {
        public FederationCallback {
            parameters = Map.copyOf(parameters);
        }
    }
}
