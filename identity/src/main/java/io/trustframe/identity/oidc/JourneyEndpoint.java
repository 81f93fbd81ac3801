package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.trustframe.engine.journey.Submission;
import io.trustframe.identity.journeys.JourneyRunner;
import io.trustframe.identity.journeys.PausedJourney;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /{tenant}/{policy}/journey}: a page's form. It names its journey ({@code tx}) and carries the journey's
 * CSRF token; the pressed button ({@code _action}) says what the user did.
 */
@Controller
public class JourneyEndpoint {

    private static final Set<String> FORM_CONTROLS = Set.of("tx", "csrf_token", "_action", "p");

    private final PolicyEndpoints endpoints;
    private final JourneyRunner journeys;
    private final JourneyResponses journeyResponses;
    private final AuthorizationResponses responses;

    public JourneyEndpoint(PolicyEndpoints endpoints, JourneyRunner journeys, JourneyResponses journeyResponses,
                           AuthorizationResponses responses) {
        this.endpoints = endpoints;
        this.journeys = journeys;
        this.journeyResponses = journeyResponses;
        this.responses = responses;
    }

    @PostMapping(path = {"/{tenant}/{policy}/journey", "/tfp/{tenant}/{policy}/journey"})
    ModelAndView submit(@PathVariable String tenant, @PathVariable String policy, HttpServletRequest request,
                        HttpServletResponse response) {
        PolicyEndpoint endpoint;
        try {
            endpoint = endpoints.resolve(tenant, policy);
        } catch (OidcException e) {
            return responses.errorPage(e.getMessage(), e.error().status());
        }
        PausedJourney journey = journeys.paused(request.getParameter("tx"), request.getParameter("csrf_token"))
                .filter(j -> j.tenantId().equals(endpoint.tenant().id())
                        && j.policyId().equalsIgnoreCase(endpoint.policy().policyId()))
                .orElse(null);
        if (journey == null) {
            return responses.errorPage(OidcError.AADB2C90046.description(), HttpStatus.BAD_REQUEST);
        }
        return journeyResponses.respond(endpoint,
                journeys.resume(endpoint.tenant(), endpoint.policy(), journey, submission(request)), request, response);
    }

    static Submission submission(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!FORM_CONTROLS.contains(name) && values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        String action = request.getParameter("_action");
        if (action == null || action.equals("continue")) {
            return new Submission.Form(fields);
        }
        if (action.equals("cancel")) {
            return new Submission.Cancel();
        }
        if (action.equals("forgot")) {
            return new Submission.ForgotPassword();
        }
        if (action.startsWith("choose:")) {
            return new Submission.ChooseClaimsExchange(action.substring("choose:".length()));
        }
        if (action.startsWith("control:")) {
            String rest = action.substring("control:".length());
            int colon = rest.lastIndexOf(':');
            if (colon > 0) {
                return new Submission.ControlAction(rest.substring(0, colon), rest.substring(colon + 1), fields);
            }
        }
        return new Submission.Form(fields);
    }
}
