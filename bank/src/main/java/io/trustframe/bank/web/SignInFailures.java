package io.trustframe.bank.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a failed return from a sign-in policy leads to. B2C reports two outcomes as errors that are really choices
 * (the .NET demo handled both in {@code OnRemoteFailure}): {@code AADB2C90118}, the customer clicked "Forgot your
 * password?" in the sign-in page, which starts the password-reset policy; {@code AADB2C90091}, the customer
 * cancelled, e.g. a profile edit, which just goes back.
 */
final class SignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    static final String FORGOT_PASSWORD = "AADB2C90118";
    static final String CANCELLED = "AADB2C90091";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String description = exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getDescription() != null ? oauth.getError().getDescription() : "";
        String target;
        if (description.startsWith(FORGOT_PASSWORD)) {
            target = "/oauth2/authorization/" + Policies.PASSWORD_RESET.registrationId();
        } else if (description.startsWith(CANCELLED)) {
            target = "/";
        } else {
            // The customer sees only "did not complete"; the operator needs the reason (an OAuth error code and
            // description, or the client-side check that failed). Neither carries a token or a secret.
            log.warn("sign-in did not complete: {}", exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() + " " + description : exception.getMessage());
            target = "/sign-in?failed";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
