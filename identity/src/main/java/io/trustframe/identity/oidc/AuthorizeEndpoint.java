package io.trustframe.identity.oidc;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.identity.journeys.JourneyRunner;
import io.trustframe.identity.journeys.JourneyStep;
import io.trustframe.identity.oidc.AuthorizeDecision.Accepted;
import io.trustframe.identity.oidc.AuthorizeDecision.ErrorPage;
import io.trustframe.identity.oidc.AuthorizeDecision.ErrorResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET|POST /{tenant}/{policy}/oauth2/v2.0/authorize} (also {@code /tfp/…} and {@code ?p=}): parse, decide,
 * then start the policy's journey and answer with its first page or its end.
 */
@Controller
public class AuthorizeEndpoint {

    private static final String PATH = "/oauth2/v2.0/authorize";

    private final PolicyEndpoints endpoints;
    private final AuthorizeDecider decider;
    private final JourneyRunner journeys;
    private final JourneyResponses journeyResponses;
    private final AuthorizationResponses responses;
    private final Clock clock;

    public AuthorizeEndpoint(PolicyEndpoints endpoints, AuthorizeDecider decider, JourneyRunner journeys,
                             JourneyResponses journeyResponses, AuthorizationResponses responses, Clock clock) {
        this.endpoints = endpoints;
        this.decider = decider;
        this.journeys = journeys;
        this.journeyResponses = journeyResponses;
        this.responses = responses;
        this.clock = clock;
    }

    @RequestMapping(path = {"/{tenant}/{policy}" + PATH, "/tfp/{tenant}/{policy}" + PATH},
            method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView authorize(@PathVariable String tenant, @PathVariable String policy, HttpServletRequest request,
                           HttpServletResponse response) {
        return handle(tenant, policy, request, response);
    }

    @RequestMapping(path = "/{tenant}" + PATH, method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView authorizeByQuery(@PathVariable String tenant, @RequestParam(name = "p", required = false) String policy,
                                  HttpServletRequest request, HttpServletResponse response) {
        return handle(tenant, policy, request, response);
    }

    private ModelAndView handle(String tenant, String policy, HttpServletRequest request, HttpServletResponse response) {
        PolicyEndpoint endpoint;
        try {
            endpoint = endpoints.resolve(tenant, policy);
        } catch (OidcException e) {
            return responses.errorPage(e.getMessage(), e.error().status());
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        AuthorizeDecision decision = decider.decide(endpoint, AuthorizeRequest.parse(parameters));
        if (decision instanceof ErrorPage page) {
            return responses.errorPage(page.description(), org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        if (decision instanceof ErrorResponse error) {
            return responses.error(error.target(), error.error(), error.description());
        }
        Accepted accepted = (Accepted) decision;
        AuthorizeRequest authorize = accepted.request();
        JourneyRequest journeyRequest = new JourneyRequest(endpoint.tenant().domain(), authorize.clientId(),
                authorize.redirectUri(), authorize.nonce(), authorize.scope(), authorize.responseType(),
                authorize.uiLocales(), authorize.loginHint(), authorize.domainHint(), authorize.prompt(),
                authorize.idTokenHint(), authorize.maxAge(), authorize.acrValues(), authorize.extra(),
                request.getRemoteAddr(), ssoSession(endpoint, request), endpoint.federationCallbackUri(),
                request.getHeader("Accept-Language"), endpoint.tenant().id().toString());
        String context = new AuthorizeContext(authorize, accepted.responseType(), accepted.target(), clock.instant()).toJson();
        JourneyStep step = journeys.start(endpoint.tenant(), endpoint.policy(), journeyRequest, context);
        return journeyResponses.respond(endpoint, step, request, response);
    }

    static String ssoSession(PolicyEndpoint endpoint, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = JourneyResponses.SsoCookie.name(endpoint.tenant());
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue)
                .filter(v -> !v.isBlank()).findFirst().orElse(null);
    }
}
