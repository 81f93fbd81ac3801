package io.trustframe.identity.oidc;

import io.trustframe.identity.apps.Application;

/** What an authorization request leads to, before any journey runs. */
public sealed interface AuthorizeDecision {

    /**
     * The redirect URI cannot be trusted (no client, unknown client, unregistered URI): the error is shown to the user
     * and nothing is sent anywhere.
     */
    record ErrorPage(OidcError error, String description) implements AuthorizeDecision {
    }

    /** The request is wrong but the redirect URI is the client's: the error goes back to it. */
    record ErrorResponse(ResponseTarget target, OidcError error, String description) implements AuthorizeDecision {
    }

    /** A valid request: run the policy's journey. */
    record Accepted(AuthorizeRequest request, Application application, ResponseType responseType, ResponseTarget target)
            implements AuthorizeDecision {
    }

    /** Where and how the authorization response goes: redirect URI, response mode, and the client's state. */
    record ResponseTarget(String redirectUri, ResponseMode mode, String state) {
    }
}
