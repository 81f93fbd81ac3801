package io.trustframe.engine.journey;

import java.util.Map;

/** What one call of the engine answers. Every outcome but {@link Complete} and {@link Fail} carries a state to resume. */
public sealed interface Outcome {

    JourneyState state();

    /** Render a page, then resume with what the user submits. */
    record ShowPage(Page page, JourneyState state) implements Outcome {
    }

    /** Send the browser to a federated identity provider; resume with its callback. */
    record Redirect(String url, JourneyState state) implements Outcome {
    }

    /**
     * The journey sent its claims: {@code claims} are the relying-party profile's output claims by the names the token
     * carries (PartnerClaimType), {@code subject} the SubjectNamingInfo claim's value.
     */
    record Complete(Map<String, String> claims, String subject, IssuerSettings issuer, SsoInfo sso,
                    JourneyState state) implements Outcome {
        public Complete {
            claims = Map.copyOf(claims);
        }
    }

    /** The journey ended in an error the relying party receives (error + AADB2C code in error_description). */
    record Fail(B2cError error, String userMessage, JourneyState state) implements Outcome {
    }

    /**
     * The token issuer step: the issuer profile's id and protocol, its metadata (token lifetimes, issuer claim pattern,
     * …) and policy-key container names by key id (issuer_secret, issuer_refresh_token_key).
     */
    record IssuerSettings(String technicalProfileId, String protocol, Map<String, String> metadata,
                          Map<String, String> keys) {
        public IssuerSettings {
            metadata = Map.copyOf(metadata);
            keys = Map.copyOf(keys);
        }
    }

    /** The SSO session the browser should carry on (B2C's cookie) and how long it lives. */
    record SsoInfo(String sessionId, String sessionExpiryType, int sessionExpiryInSeconds) {
    }
}
