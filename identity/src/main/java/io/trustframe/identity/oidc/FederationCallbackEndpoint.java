package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;

import io.trustframe.engine.journey.Submission;
import io.trustframe.identity.journeys.JourneyRunner;
import io.trustframe.identity.journeys.PausedJourney;
import io.trustframe.identity.tenants.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET|POST /{tenant}/oauth2/authresp}: B2C's redirect URI for federated identity providers (query or
 * {@code form_post} answers). The answer is tied to a journey only through the {@code state} value that journey sent
 * (looked up in our store, never read as data from the provider); the journey then resumes with the provider's
 * parameters, and the engine checks the state again before it redeems a code. A provider's {@code error} answer ends
 * the journey as the engine decides (AADB2C90273 to the relying party).
 */
@Controller
public class FederationCallbackEndpoint {

    static final String PATH = "/oauth2/authresp";

    private final Tenants tenants;
    private final PolicyEndpoints endpoints;
    private final JourneyRunner journeys;
    private final JourneyResponses journeyResponses;
    private final AuthorizationResponses responses;

    public FederationCallbackEndpoint(Tenants tenants, PolicyEndpoints endpoints, JourneyRunner journeys,
                                      JourneyResponses journeyResponses, AuthorizationResponses responses) {
        this.tenants = tenants;
        this.endpoints = endpoints;
        this.journeys = journeys;
        this.journeyResponses = journeyResponses;
        this.responses = responses;
    }

    @RequestMapping(path = "/{tenant}" + PATH, method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView callback(@PathVariable String tenant, HttpServletRequest request, HttpServletResponse response) {
        Optional<PausedJourney> journey = tenants.find(tenant).flatMap(t -> journeys
                .awaitingFederation(request.getParameter("state"))
                .filter(j -> j.tenantId().equals(t.id())));
        if (journey.isEmpty()) {
            // An unknown, spent or expired state, or another tenant's: nothing of ours to continue.
            return responses.errorPage(OidcError.AADB2C90046.description(), HttpStatus.BAD_REQUEST);
        }
        PolicyEndpoint endpoint;
        try {
            endpoint = endpoints.resolve(tenant, journey.get().policyId());
        } catch (OidcException e) {
            return responses.errorPage(e.getMessage(), e.error().status());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return journeyResponses.respond(endpoint, journeys.resume(endpoint.tenant(), endpoint.policy(), journey.get(),
                new Submission.FederationCallback(parameters)), request, response);
    }
}
