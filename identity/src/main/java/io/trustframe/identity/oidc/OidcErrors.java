package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Where the OpenID Connect endpoints' errors become OAuth error bodies ({@code error}, {@code error_description}). */
@RestControllerAdvice(basePackageClasses = OidcErrors.class)
public class OidcErrors {

    @ExceptionHandler(OidcException.class)
    ResponseEntity<Map<String, String>> oidc(OidcException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.error().oauthError());
        body.put("error_description", e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.error().status())
                .contentType(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store");
        if (e.error().status() == HttpStatus.UNAUTHORIZED) {
            // RFC 6749 section 5.2: a failed client authentication names the scheme the client may use.
            response.header("WWW-Authenticate", "Basic realm=\"trustframe-identity\"");
        }
        return response.body(body);
    }
}
