package io.trustframe.identity.apps;

import java.time.Instant;
import java.util.UUID;

/** A client secret as listed: its id, name, the first characters ("hint") and validity, never the secret itself. */
public record PasswordCredential(UUID keyId, String displayName, String hint, Instant startDateTime, Instant endDateTime) {
}
