package io.trustframe.identity.oidc;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the end of a journey needs from the request that started it; kept (as JSON) with the paused journey.
 *
 * @param startedAt when the authorization request arrived
 */
public record AuthorizeContext(AuthorizeRequest request, ResponseType responseType, AuthorizeDecision.ResponseTarget target,
                               Instant startedAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static AuthorizeContext fromJson(String json) {
        return JSON.readValue(json, AuthorizeContext.class);
    }
}
