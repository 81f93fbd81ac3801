package io.trustframe.identity.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.trustframe.identity.graph.GraphError;
import io.trustframe.identity.graph.GraphErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request to the admin and Graph APIs through only with the admin token: {@code Authorization: Bearer <token>}
 * as Graph clients send it, or HTTP Basic with any user name and the token as password (handy for curl). Anything
 * else gets Graph's 401 error and nothing of the request is processed.
 */
public final class AdminAuthentication extends OncePerRequestFilter {

    private final AdminCredential credential;
    private final GraphErrors errors;

    public AdminAuthentication(AdminCredential credential, GraphErrors errors) {
        this.credential = credential;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            reject(response, "Access token is empty.");
            return;
        }
        if (!credential.matches(presentedToken(authorization))) {
            reject(response, "Access token validation failure.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String presentedToken(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return value;
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? null : pair.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private void reject(HttpServletResponse response, String message) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"trustframe-identity\", Basic realm=\"trustframe-identity\"");
        errors.write(response, GraphError.INVALID_AUTHENTICATION_TOKEN, message);
    }
}
