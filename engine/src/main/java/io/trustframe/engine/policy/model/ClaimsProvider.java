package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code ClaimsProviders/ClaimsProvider}: a named group of technical profiles ({@code Domain} for domain_hint). */
public record ClaimsProvider(SourcePos pos, String displayName, String domain,
        List<TechnicalProfile> technicalProfiles) {
}
