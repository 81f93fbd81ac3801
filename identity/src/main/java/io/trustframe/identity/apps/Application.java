package io.trustframe.identity.apps;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An app registration.
 *
 * @param id           the registration's object id
 * @param appId        the client id relying parties send as {@code client_id}
 * @param publicClient a public client (native or single-page app) has no secret and must use PKCE
 */
public record Application(
        UUID id,
        UUID appId,
        String displayName,
        boolean publicClient,
        List<RedirectUri> redirectUris,
        List<PasswordCredential> passwordCredentials,
        Instant createdDateTime) {

    public Application {
        redirectUris = List.copyOf(redirectUris);
        passwordCredentials = List.copyOf(passwordCredentials);
    }

    /** Whether {@code uri} is registered, compared character for character: OAuth's exact redirect URI match. */
    public boolean allowsRedirectUri(String uri) {
        return uri != null && redirectUris.stream().anyMatch(registered -> registered.uri().equals(uri));
    }
}
