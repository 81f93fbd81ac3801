package io.trustframe.identity.graph;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whatever the admin and Graph paths do not serve (another resource, another method) gets a Graph error instead of
 * the servlet container's error page. Spring prefers every more specific mapping over this one.
 */
@RestController
public class GraphFallback {

    @RequestMapping(path = {"/v1.0/**", "/beta/**", "/graph/**", "/admin/**"})
    void unsupported(HttpServletRequest request) {
        throw GraphException.badRequest("Unsupported request: " + request.getMethod() + " " + request.getRequestURI()
                + ". The supported Graph subset is listed in docs/identity.md.");
    }
}
