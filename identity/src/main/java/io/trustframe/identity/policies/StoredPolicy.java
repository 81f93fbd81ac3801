package io.trustframe.identity.policies;

import java.time.Instant;

/** An uploaded TrustFrameworkPolicy file: its PolicyId as written, the XML as uploaded. */
public record StoredPolicy(String id, String xml, Instant uploadedAt) {
}
