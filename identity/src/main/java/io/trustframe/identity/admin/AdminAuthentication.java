package io.trustframe.identity.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

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
 * else gets Graph's 401 error and nothing of the request is processed. Bodies larger than
 * {@link #MAX_BODY_BYTES} ({@link #MAX_BATCH_BYTES} for a batch of policy files, {@link AdminPolicyBatch}) are refused,
 * whether announced by Content-Length or not.
 */
public final class AdminAuthentication extends OncePerRequestFilter {

    /** Request bodies are bounded: the largest legitimate one is a PKCS#12 file in base64, far below 1 MiB. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    /** A batch of policy files: B2C allows 1024 KB per file; a starter pack with its extensions fits many times. */
    static final long MAX_BATCH_BYTES = 16 * MAX_BODY_BYTES;

    private static final Pattern BATCH = Pattern.compile("/admin/tenants/[^/]+/policies");

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
        long limit = BATCH.matcher(request.getRequestURI()).matches() ? MAX_BATCH_BYTES : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > limit) {
            errors.write(response, GraphError.TOO_LARGE, "The request body is larger than " + limit + " bytes.");
            return;
        }
        chain.doFilter(new BoundedRequest(request, limit), response);
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
