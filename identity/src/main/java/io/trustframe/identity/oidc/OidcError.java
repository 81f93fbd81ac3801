package io.trustframe.identity.oidc;

import org.springframework.http.HttpStatus;

/**
 * The protocol errors of the OpenID Connect endpoints: B2C's AADB2C code and message (B2C's error-code reference),
 * the OAuth 2.0 {@code error} value, and the status a direct answer (not a redirect) carries. The one table.
 */
public enum OidcError {
    AADB2C90006("invalid_request", HttpStatus.BAD_REQUEST,
            "The redirect URI '%s' provided in the request is not registered for the client ID '%s'."),
    AADB2C90007("invalid_request", HttpStatus.BAD_REQUEST,
            "The application associated with client ID '%s' has no registered redirect URIs."),
    AADB2C90008("invalid_request", HttpStatus.BAD_REQUEST, "The request does not contain a client ID parameter."),
    AADB2C90010("invalid_request", HttpStatus.BAD_REQUEST, "The request does not contain a scope parameter."),
    AADB2C90013("unsupported_response_type", HttpStatus.BAD_REQUEST,
            "The requested response type '%s' provided in the request is not supported."),
    AADB2C90014("invalid_request", HttpStatus.BAD_REQUEST,
            "The requested response mode '%s' provided in the request is not supported."),
    AADB2C90018("invalid_client", HttpStatus.UNAUTHORIZED,
            "The client ID '%s' specified in the request is not registered in tenant '%s'."),
    AADB2C90043("invalid_request", HttpStatus.BAD_REQUEST,
            "The prompt included in the request contains invalid values. Expected 'none', 'login', 'consent' or 'select_account'."),
    AADB2C90083("invalid_request", HttpStatus.BAD_REQUEST, "The request is missing required parameter: %s."),
    AADB2C90110("invalid_request", HttpStatus.BAD_REQUEST,
            "The scope parameter must include 'openid' when requesting a response_type that includes 'id_token'."),
    /** B2C's text names plain too; Trustframe accepts S256 only (plain protects nothing against a code thief). */
    AADB2C90184("invalid_request", HttpStatus.BAD_REQUEST,
            "The supplied code_challenge_method is not supported. Supported values are S256"),
    AADB2C90046("invalid_request", HttpStatus.BAD_REQUEST,
            "We are having trouble loading your current state. You might want to try starting your session over from the beginning."),
    AADB2C90079("invalid_request", HttpStatus.BAD_REQUEST,
            "Clients must send a client_secret when redeeming a confidential grant."),
    AADB2C90080("invalid_grant", HttpStatus.BAD_REQUEST,
            "The provided grant has expired. Please re-authenticate and try again. Current time: %s"),
    AADB2C90081("invalid_client", HttpStatus.UNAUTHORIZED,
            "The specified client_secret does not match the expected value for this client. Please correct the client_secret and try again."),
    AADB2C90084("invalid_request", HttpStatus.BAD_REQUEST,
            "Public clients should not send a client_secret when redeeming a publicly acquired grant."),
    AADB2C90086("unsupported_grant_type", HttpStatus.BAD_REQUEST, "The supplied grant_type [%s] is not supported."),
    AADB2C90088("invalid_grant", HttpStatus.BAD_REQUEST,
            "The provided grant has not been issued for this endpoint. Actual Value : %s and Expected Value : %s"),
    AADB2C90129("invalid_grant", HttpStatus.BAD_REQUEST, "The provided grant has been revoked. Please reauthenticate and try again."),
    AADB2C90182("invalid_grant", HttpStatus.BAD_REQUEST, "The supplied code_verifier does not match associated code_challenge"),
    AADB2C90279("invalid_grant", HttpStatus.BAD_REQUEST,
            "The provided client id '%s' does not match the client id that issued the grant."),
    AADB2C90019("invalid_request", HttpStatus.NOT_FOUND,
            "The key container with ID '%s' in tenant '%s' does not have a valid key. Reason: %s."),
    AADB2C90022("invalid_request", HttpStatus.NOT_FOUND, "Unable to return metadata for the policy '%s' in tenant '%s'.");

    private final String oauthError;
    private final HttpStatus status;
    private final String message;

    OidcError(String oauthError, HttpStatus status, String message) {
        this.oauthError = oauthError;
        this.status = status;
        this.message = message;
    }

    public String oauthError() {
        return oauthError;
    }

    public HttpStatus status() {
        return status;
    }

    /** {@code AADB2C…: message}, as B2C writes {@code error_description}. */
    public String description(Object... arguments) {
        return name() + ": " + message.formatted(arguments);
    }
}
