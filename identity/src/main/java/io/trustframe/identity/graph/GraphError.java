package io.trustframe.identity.graph;

import org.springframework.http.HttpStatus;

/** The error codes of the Graph-shaped admin APIs, with the status Microsoft Graph answers them with. */
public enum GraphError {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Request_BadRequest"),
    UNSUPPORTED_QUERY(HttpStatus.BAD_REQUEST, "Request_UnsupportedQuery"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Request_ResourceNotFound"),
    INVALID_AUTHENTICATION_TOKEN(HttpStatus.UNAUTHORIZED, "InvalidAuthenticationToken"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Request_BadRequest"),
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request_EntityTooLarge"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Service_InternalServerError");

    private final HttpStatus status;
    private final String code;

    GraphError(HttpStatus status, String code) {
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
