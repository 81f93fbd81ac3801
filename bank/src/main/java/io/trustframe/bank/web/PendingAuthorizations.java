package io.trustframe.bank.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session's outstanding authorization requests (sign-in and step-ups), each found by the {@code state} the
 * response carries back. Spring Security's own session repository keeps one request per session, so a customer who
 * started a second payment in another tab could not finish the first; here each payment's step-up keeps its own
 * request until its response arrives or newer ones push it out. A response is still accepted once only: the request
 * is removed when it is used.
 */
final class PendingAuthorizations implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    /** More than a customer plausibly has open at once; the oldest is dropped beyond it. */
    static final int MAX_PENDING = 5;

    private static final String ATTRIBUTE = PendingAuthorizations.class.getName() + ".byState";

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        String state = request.getParameter("state");
        HttpSession session = request.getSession(false);
        if (state == null || session == null) {
            return null;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            return requests(session).get(state);
        }
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
                                         HttpServletResponse response) {
        if (authorizationRequest == null) {
            removeAuthorizationRequest(request, response);
            return;
        }
        HttpSession session = request.getSession();
        synchronized (WebUtils.getSessionMutex(session)) {
            ByState requests = requests(session);
            requests.put(authorizationRequest.getState(), authorizationRequest);
            session.setAttribute(ATTRIBUTE, requests);
        }
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
                                                                 HttpServletResponse response) {
        String state = request.getParameter("state");
        HttpSession session = request.getSession(false);
        if (state == null || session == null) {
            return null;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            ByState requests = requests(session);
            OAuth2AuthorizationRequest removed = requests.remove(state);
            session.setAttribute(ATTRIBUTE, requests);
            return removed;
        }
    }

    private static ByState requests(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof ByState requests ? requests : new ByState();
    }

    /** Oldest first; serializable like the requests, so sessions can be persisted or replicated. */
    private static final class ByState extends LinkedHashMap<String, OAuth2AuthorizationRequest>
            implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OAuth2AuthorizationRequest> eldest) {
            return size() > MAX_PENDING;
        }
    }
}
