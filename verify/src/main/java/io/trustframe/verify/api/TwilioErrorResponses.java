package io.trustframe.verify.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.trustframe.verify.TwilioError;

/**
 * The one place where Twilio errors become responses: {@code {"code":…,"message":…,"more_info":…,"status":…}},
 * with the HTTP status Twilio documents for the code.
 */
final class TwilioErrorResponses {

    private TwilioErrorResponses() {
    }

    static Map<String, Object> body(TwilioError error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.code());
        body.put("message", message);
        body.put("more_info", error.moreInfo());
        body.put("status", error.httpStatus());
        return body;
    }

    static ResponseEntity<Map<String, Object>> response(TwilioError error, String message) {
        return ResponseEntity.status(error.httpStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(error, message));
    }

    /**
     * Twilio names the missing resource by its path; Verify leaves out its version prefix ("The requested resource
     * /Services/VA…/VerificationCheck was not found"), and client code matches on that text.
     */
    static String notFound(String path) {
        String resource = path.startsWith("/v2/") ? path.substring(3) : path;
        return "The requested resource " + resource + " was not found";
    }
}
