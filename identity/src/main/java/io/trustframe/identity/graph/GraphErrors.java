package io.trustframe.identity.graph;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.trustframe.identity.admin.AdminTenants;
import io.trustframe.identity.apps.AppRegistrationException;
import io.trustframe.identity.directory.DirectoryException;
import io.trustframe.identity.keys.PolicyKeyException;
import io.trustframe.identity.policies.PolicyUploadException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where errors of the admin and Graph APIs become responses, in Graph's shape:
 * {@code {"error":{"code":"Request_BadRequest","message":"…","innerError":{"date":…,"request-id":…}}}}.
 * Messages name what was wrong; they never echo secrets, and unexpected failures say nothing of their cause.
 */
@RestControllerAdvice(basePackageClasses = {GraphErrors.class, AdminTenants.class})
public class GraphErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    public GraphErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(GraphException.class)
    ResponseEntity<Map<String, Object>> graph(GraphException e) {
        return response(e.error(), e.getMessage());
    }

    @ExceptionHandler(DirectoryException.class)
    ResponseEntity<Map<String, Object>> directory(DirectoryException e) {
        return response(e.reason() == DirectoryException.Reason.USER_NOT_FOUND ? GraphError.NOT_FOUND : GraphError.BAD_REQUEST,
                e.getMessage());
    }

    @ExceptionHandler(PolicyKeyException.class)
    ResponseEntity<Map<String, Object>> policyKey(PolicyKeyException e) {
        return response(e.reason() == PolicyKeyException.Reason.KEY_SET_NOT_FOUND ? GraphError.NOT_FOUND : GraphError.BAD_REQUEST,
                e.getMessage());
    }

    @ExceptionHandler(AppRegistrationException.class)
    ResponseEntity<Map<String, Object>> application(AppRegistrationException e) {
        return response(e.reason() == AppRegistrationException.Reason.INVALID_VALUE ? GraphError.BAD_REQUEST : GraphError.NOT_FOUND,
                e.getMessage());
    }

    @ExceptionHandler(PolicyUploadException.class)
    ResponseEntity<Map<String, Object>> policyUpload(PolicyUploadException e) {
        return response(GraphError.BAD_REQUEST, "Validation failed:\n" + e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return response(GraphError.BAD_REQUEST, "Invalid request body: a JSON object is expected.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return response(GraphError.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        String requestId = UUID.randomUUID().toString();
        log.error("Admin API request {} failed", requestId, e);
        return response(GraphError.INTERNAL, "An internal error occurred; see the identity service's log for request " + requestId + ".", requestId);
    }

    /** Writes a Graph error outside Spring MVC (the authentication filter runs before any controller). */
    public void write(HttpServletResponse response, GraphError error, String message) throws IOException {
        response.setStatus(error.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body(error, message, UUID.randomUUID().toString())));
    }

    private ResponseEntity<Map<String, Object>> response(GraphError error, String message) {
        return response(error, message, UUID.randomUUID().toString());
    }

    private ResponseEntity<Map<String, Object>> response(GraphError error, String message, String requestId) {
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(body(error, message, requestId));
    }

    private Map<String, Object> body(GraphError error, String message, String requestId) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", requestId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", error.code());
        detail.put("message", message);
        detail.put("innerError", inner);
        return Map.of("error", detail);
    }
}
