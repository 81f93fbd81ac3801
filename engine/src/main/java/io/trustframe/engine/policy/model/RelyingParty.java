package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code RelyingParty}: what the application gets — the journey to run and the token's technical profile. */
public record RelyingParty(SourcePos pos, Reference defaultUserJourney, List<Endpoint> endpoints,
        UserJourneyBehaviors userJourneyBehaviors, TechnicalProfile technicalProfile) {

    /** {@code Endpoints/Endpoint}: an extra endpoint (e.g. a token endpoint) served by another journey. */
    public record Endpoint(SourcePos pos, String id, String userJourneyReferenceId) {
    }

    /** {@code UserJourneyBehaviors}: SSO scope, session lifetime, telemetry, framing, script execution. */
    public record UserJourneyBehaviors(SourcePos pos, SingleSignOn singleSignOn, String sessionExpiryType,
            Integer sessionExpiryInSeconds, JourneyInsights journeyInsights,
            List<Parameter> contentDefinitionParameters,
            JourneyFraming journeyFraming, String scriptExecution) {
    }

    /** {@code SingleSignOn}: {@code Scope} (Suppressed, Tenant, Application, Policy), KMSI, id_token_hint on logout. */
    public record SingleSignOn(SourcePos pos, String scope, Integer keepAliveInDays,
            Boolean enforceIdTokenHintOnLogout) {
    }

    /** {@code JourneyInsights}: Application Insights telemetry settings. */
    public record JourneyInsights(SourcePos pos, String telemetryEngine, String instrumentationKey,
            String connectionString, Boolean developerMode, Boolean clientEnabled, Boolean serverEnabled,
            String telemetryVersion) {
    }

    /** {@code ContentDefinitionParameters/Parameter}: query parameters passed to page templates. */
    public record Parameter(SourcePos pos, String name, String value) {
    }

    /** {@code JourneyFraming}: whether pages may be framed, and by which sources. */
    public record JourneyFraming(SourcePos pos, Boolean enabled, String sources) {
    }
}
