package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.SubJourney;
import io.trustframe.engine.policy.model.UserJourney;

/** {@code UserJourneys}, {@code SubJourneys} and their orchestration steps. */
final class JourneyParser {

    private final ParseContext ctx;
    private final ClaimListParser claims;

    JourneyParser(ParseContext ctx) {
        this.ctx = ctx;
        this.claims = new ClaimListParser(ctx);
    }

    List<UserJourney> userJourneys(XmlElement root) {
        List<UserJourney> journeys = new ArrayList<>();
        for (XmlElement e : root.list("UserJourneys", "UserJourney")) {
            journeys.add(new UserJourney(ctx.pos(e), ctx.required(e, "Id"),
                    e.attr("DefaultCpimIssuerTechnicalProfileReferenceId"),
                    ctx.references(e.list("AuthorizationTechnicalProfiles", "AuthorizationTechnicalProfile"),
                            "ReferenceId"),
                    steps(e), ctx.reference(e.child("ClientDefinition"), "ReferenceId"),
                    ctx.boolText(e.child("PreserveOriginalAssertion"))));
        }
        return List.copyOf(journeys);
    }

    List<SubJourney> subJourneys(XmlElement root) {
        List<SubJourney> journeys = new ArrayList<>();
        for (XmlElement e : root.list("SubJourneys", "SubJourney")) {
            journeys.add(new SubJourney(ctx.pos(e), ctx.required(e, "Id"), ctx.required(e, "Type"), steps(e)));
        }
        return List.copyOf(journeys);
    }

    private List<OrchestrationStep> steps(XmlElement journey) {
        List<OrchestrationStep> steps = new ArrayList<>();
        for (XmlElement e : journey.list("OrchestrationSteps", "OrchestrationStep")) {
            steps.add(step(e));
        }
        return List.copyOf(steps);
    }

    private OrchestrationStep step(XmlElement e) {
        XmlElement selections = e.child("ClaimsProviderSelections");
        List<OrchestrationStep.ClaimsProviderSelection> providerSelections = new ArrayList<>();
        Boolean displayOption = null;
        if (selections != null) {
            displayOption = selections.attr("DisplayOption") == null ? null
                    : "ShowSingleProvider".equalsIgnoreCase(selections.attr("DisplayOption"));
            for (XmlElement s : selections.children("ClaimsProviderSelection")) {
                providerSelections.add(new OrchestrationStep.ClaimsProviderSelection(ctx.pos(s),
                        s.attr("TargetClaimsExchangeId"), s.attr("ValidationClaimsExchangeId")));
            }
        }
        List<OrchestrationStep.ClaimsExchange> exchanges = new ArrayList<>();
        for (XmlElement x : e.list("ClaimsExchanges", "ClaimsExchange")) {
            exchanges.add(new OrchestrationStep.ClaimsExchange(ctx.pos(x), ctx.required(x, "Id"),
                    ctx.required(x, "TechnicalProfileReferenceId")));
        }
        List<OrchestrationStep.Candidate> candidates = new ArrayList<>();
        for (XmlElement c : e.list("JourneyList", "Candidate")) {
            candidates.add(new OrchestrationStep.Candidate(ctx.pos(c), ctx.required(c, "SubJourneyReferenceId")));
        }
        return new OrchestrationStep(ctx.pos(e), ctx.integer(e, "Order", ctx.required(e, "Order")),
                ctx.required(e, "Type"), e.attr("ContentDefinitionReferenceId"),
                e.attr("CpimIssuerTechnicalProfileReferenceId"), claims.preconditions(e),
                List.copyOf(providerSelections), displayOption, List.copyOf(exchanges), List.copyOf(candidates));
    }
}
