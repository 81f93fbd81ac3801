package io.trustframe.identity.oidc;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;
import io.trustframe.identity.oidc.AuthorizeDecision.Accepted;
import io.trustframe.identity.oidc.AuthorizeDecision.ErrorPage;
import io.trustframe.identity.oidc.AuthorizeDecision.ErrorResponse;
import io.trustframe.identity.oidc.AuthorizeDecision.ResponseTarget;

/**
 * Checks an authorization request against the client's registration, in B2C's order: client and redirect URI first
 * (until both are known good, an error can only be shown, never redirected: RFC 6749 §4.1.2.1), then response type and
 * mode, scope, prompt and PKCE, whose errors go back to the client.
 */
@Component
public class AuthorizeDecider {

    private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");

    private final AppRegistrations applications;

    public AuthorizeDecider(AppRegistrations applications) {
        this.applications = applications;
    }

    public AuthorizeDecision decide(PolicyEndpoint endpoint, AuthorizeRequest request) {
        if (request.clientId() == null) {
            return page(OidcError.AADB2C90008);
        }
        Application application = clientId(request.clientId())
                .flatMap(id -> applications.find(endpoint.tenant(), id))
                .filter(app -> app.appId().toString().equalsIgnoreCase(request.clientId()))
                .orElse(null);
        if (application == null) {
            return page(OidcError.AADB2C90018, request.clientId(), endpoint.tenant().domain());
        }
        if (application.redirectUris().isEmpty()) {
            return page(OidcError.AADB2C90007, request.clientId());
        }
        if (!application.allowsRedirectUri(request.redirectUri())) {
            return page(OidcError.AADB2C90006, String.valueOf(request.redirectUri()), request.clientId());
        }

        ResponseType type = ResponseType.parse(request.responseType()).orElse(null);
        ResponseMode mode = request.responseMode() == null
                ? ResponseMode.defaultFor(type == null ? ResponseType.CODE : type)
                : ResponseMode.parse(request.responseMode()).orElse(null);
        if (mode == null) {
            return back(new ResponseTarget(request.redirectUri(), ResponseMode.QUERY, request.state()),
                    OidcError.AADB2C90014, request.responseMode());
        }
        ResponseTarget target = new ResponseTarget(request.redirectUri(), mode, request.state());
        if (type == null) {
            return back(target, OidcError.AADB2C90013, String.valueOf(request.responseType()));
        }
        // Tokens never travel in a query string (OAuth 2.0 Multiple Response Types, section 5).
        if (type.issuesIdToken() && mode == ResponseMode.QUERY) {
            return back(new ResponseTarget(request.redirectUri(), ResponseMode.FRAGMENT, request.state()),
                    OidcError.AADB2C90014, request.responseMode());
        }
        if (request.scope() == null) {
            return back(target, OidcError.AADB2C90010);
        }
        if (type.issuesIdToken() && !Set.of(request.scope().split("\\s+")).contains("openid")) {
            return back(target, OidcError.AADB2C90110);
        }
        // OpenID Connect Core 3.2.2.1 and B2C's implicit-flow reference: an id_token from this endpoint needs a nonce,
        // the client's only protection against a token replayed into its session.
        if (type.issuesIdToken() && (request.nonce() == null || request.nonce().isBlank())) {
            return back(target, OidcError.AADB2C90083, "nonce");
        }
        if (request.prompt() != null && !PROMPTS.containsAll(Set.of(request.prompt().split("\\s+")))) {
            return back(target, OidcError.AADB2C90043);
        }
        if (request.codeChallenge() == null && request.codeChallengeMethod() != null) {
            return back(target, OidcError.AADB2C90083, "code_challenge");
        }
        if (request.codeChallenge() != null && request.codeChallengeMethod() != null
                && !request.codeChallengeMethod().equals("S256")) {
            return back(target, OidcError.AADB2C90184);
        }
        if (request.codeChallenge() != null && request.codeChallengeMethod() == null) {
            // RFC 7636 makes "plain" the default method; Trustframe accepts S256 only.
            return back(target, OidcError.AADB2C90083, "code_challenge_method");
        }
        // A public client cannot keep a secret: PKCE is what binds its code to it.
        if (type.issuesCode() && application.publicClient() && request.codeChallenge() == null) {
            return back(target, OidcError.AADB2C90083, "code_challenge");
        }
        return new Accepted(request, application, type, target);
    }

    private static java.util.Optional<UUID> clientId(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ErrorPage page(OidcError error, Object... arguments) {
        return new ErrorPage(error, error.description(arguments));
    }

    private static ErrorResponse back(ResponseTarget target, OidcError error, Object... arguments) {
        return new ErrorResponse(target, error, error.description(arguments));
    }
}
