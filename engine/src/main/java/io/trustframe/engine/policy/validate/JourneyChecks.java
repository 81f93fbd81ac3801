package io.trustframe.engine.policy.validate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.SourcePos;
import io.trustframe.engine.policy.model.StepType;
import io.trustframe.engine.policy.model.SubJourney;
import io.trustframe.engine.policy.model.UserJourney;

/** User journeys, sub-journeys and the relying party of a merged policy. */
final class JourneyChecks {

    private final RelyingPartyPolicy policy;
    private final Findings findings;
    private final Reachability reachable;

    JourneyChecks(RelyingPartyPolicy policy, Findings findings, Reachability reachable) {
        this.policy = policy;
        this.findings = findings;
        this.reachable = reachable;
    }

    void check() {
        for (UserJourney journey : policy.userJourneys().values()) {
            findings.within(reachable.usesJourney(journey.id()), "user journey '" + journey.id() + "'",
                    () -> userJourney(journey));
        }
        for (SubJourney journey : policy.subJourneys().values()) {
            findings.within(reachable.usesSubJourney(journey.id()), "sub-journey '" + journey.id() + "'",
                    () -> subJourney(journey));
        }
        relyingParty(policy.relyingParty());
    }

    private void userJourney(UserJourney journey) {
        String name = "user journey '" + journey.id() + "'";
        steps(journey.orchestrationSteps(), name, journey.pos());
        findings.reference(journey.clientDefinition(), policy.clientDefinitions(), "client definition",
                "ClientDefinition");
        journey.authorizationTechnicalProfiles().forEach(r -> findings.technicalProfile(r.pos(), r.referenceId()));
        if (!journey.orchestrationSteps().isEmpty() && !endsInSendClaims(journey.orchestrationSteps())) {
            OrchestrationStep last = journey.orchestrationSteps().get(journey.orchestrationSteps().size() - 1);
            findings.error(last.pos(), name + " ends with a " + last.type() + " step; expected its last"
                    + " orchestration step to be SendClaims (or to transfer to a sub-journey that ends with it)");
        }
    }

    private void subJourney(SubJourney journey) {
        String name = "sub-journey '" + journey.id() + "'";
        if (!journey.isTransfer() && !"Call".equalsIgnoreCase(journey.type())) {
            findings.schemaError(journey.pos(), name + " has Type '" + journey.type() + "'; expected Call or Transfer");
        }
        steps(journey.orchestrationSteps(), name, journey.pos());
        if (journey.isTransfer() && !journey.orchestrationSteps().isEmpty()
                && !endsInSendClaims(journey.orchestrationSteps())) {
            findings.error(journey.pos(), name + " transfers control but does not end with SendClaims;"
                    + " expected a Transfer sub-journey's last step to be SendClaims");
        }
    }

    private void steps(List<OrchestrationStep> steps, String journey, SourcePos journeyPos) {
        if (steps.isEmpty()) {
            findings.error(journeyPos, journey + " has no orchestration steps; expected at least one");
            return;
        }
        Map<String, OrchestrationStep.ClaimsExchange> exchanges = new HashMap<>();
        for (OrchestrationStep step : steps) {
            for (OrchestrationStep.ClaimsExchange exchange : step.claimsExchanges()) {
                var first = exchanges.putIfAbsent(IdMap.key(exchange.id()), exchange);
                if (first != null) {
                    findings.error(exchange.pos(), "duplicate ClaimsExchange Id '" + exchange.id() + "' in " + journey
                            + " (first at " + first.pos().fileLineColumn() + "); expected each Id once per journey");
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            OrchestrationStep step = steps.get(i);
            if (step.order() != null && step.order() != i + 1) {
                findings.error(step.pos(), "orchestration step Order " + step.order() + " of " + journey + " is step "
                        + (i + 1) + " of the merged journey; expected Orders 1, 2, 3, … without gaps or repeats");
            }
            step(step, journey, exchanges);
        }
    }

    private void step(OrchestrationStep step, String journey, Map<String, OrchestrationStep.ClaimsExchange> exchanges) {
        findings.preconditions(step.preconditions());
        findings.reference(step.pos(), step.contentDefinitionReferenceId(), policy.contentDefinitions(),
                "content definition", "ContentDefinition");
        Optional<StepType> type = step.stepType();
        if (type.isEmpty()) {
            findings.schemaError(step.pos(), "orchestration step " + step.order() + " of " + journey
                    + " has unknown Type '"
                    + step.type() + "'; expected one of " + Arrays.toString(StepType.values()));
            return;
        }
        for (OrchestrationStep.ClaimsExchange exchange : step.claimsExchanges()) {
            findings.technicalProfile(exchange.pos(), exchange.technicalProfileReferenceId());
        }
        for (OrchestrationStep.ClaimsProviderSelection selection : step.claimsProviderSelections()) {
            if (selection.targetClaimsExchangeId() != null
                    && !exchanges.containsKey(IdMap.key(selection.targetClaimsExchangeId()))) {
                findings.error(selection.pos(), "ClaimsProviderSelection targets claims exchange '"
                        + selection.targetClaimsExchangeId() + "', which " + journey + " does not have; expected the Id"
                        + " of a ClaimsExchange in a later step");
            }
            if (selection.validationClaimsExchangeId() != null && step.claimsExchanges().stream()
                    .noneMatch(x -> x.id().equalsIgnoreCase(selection.validationClaimsExchangeId()))) {
                findings.error(selection.pos(), "ClaimsProviderSelection validates with claims exchange '"
                        + selection.validationClaimsExchangeId() + "', which this step does not have; expected the Id"
                        + " of a ClaimsExchange of the same step");
            }
        }
        switch (type.get()) {
            // These two steps render the identity-provider page without a technical profile to name it.
            case ClaimsProviderSelection, CombinedSignInAndSignUp -> {
                if (step.contentDefinitionReferenceId() == null) {
                    findings.error(step.pos(), step.type() + " step " + step.order() + " of " + journey
                            + " has no ContentDefinitionReferenceId; expected the content definition of its page");
                }
                if (step.claimsProviderSelections().isEmpty()) {
                    findings.error(step.pos(), step.type() + " step " + step.order() + " of " + journey
                            + " has no ClaimsProviderSelections; expected at least one ClaimsProviderSelection");
                }
            }
            case SendClaims -> {
                if (step.cpimIssuerTechnicalProfileReferenceId() == null) {
                    findings.error(step.pos(), "SendClaims step of " + journey + " has no"
                            + " CpimIssuerTechnicalProfileReferenceId; expected the token issuer technical profile");
                } else {
                    findings.technicalProfile(step.pos(), step.cpimIssuerTechnicalProfileReferenceId());
                }
            }
            case ClaimsExchange -> {
                if (step.claimsExchanges().isEmpty()) {
                    findings.error(step.pos(), "ClaimsExchange step " + step.order() + " of " + journey
                            + " has no ClaimsExchanges; expected at least one ClaimsExchange");
                }
            }
            case InvokeSubJourney -> {
                if (step.journeyList().isEmpty()) {
                    findings.error(step.pos(), "InvokeSubJourney step " + step.order() + " of " + journey
                            + " has no JourneyList/Candidate; expected the sub-journey to invoke");
                }
                step.journeyList().forEach(c -> findings.reference(c.pos(), c.subJourneyReferenceId(),
                        policy.subJourneys(), "sub-journey", "SubJourney"));
            }
            default -> {
            }
        }
    }

    private boolean endsInSendClaims(List<OrchestrationStep> steps) {
        OrchestrationStep last = steps.get(steps.size() - 1);
        Optional<StepType> type = last.stepType();
        if (type.isPresent() && type.get() == StepType.SendClaims) {
            return true;
        }
        if (type.isPresent() && type.get() == StepType.InvokeSubJourney) {
            return last.journeyList().stream().map(c -> policy.subJourneys().get(c.subJourneyReferenceId()))
                    .anyMatch(sub -> sub != null && sub.isTransfer());
        }
        return false;
    }

    private void relyingParty(RelyingParty relyingParty) {
        if (relyingParty.defaultUserJourney() == null) {
            findings.error(relyingParty.pos(), "relying party of " + policy.policyId() + " has no DefaultUserJourney;"
                    + " expected <DefaultUserJourney ReferenceId=\"…\"/> naming a UserJourney");
        } else if (findings.reference(relyingParty.defaultUserJourney().pos(),
                relyingParty.defaultUserJourney().referenceId(), policy.userJourneys(), "user journey", "UserJourney")
                && policy.defaultUserJourney().orElseThrow().orchestrationSteps().isEmpty()) {
            findings.error(relyingParty.defaultUserJourney().pos(), "default user journey '"
                    + relyingParty.defaultUserJourney().referenceId() + "' has no steps; expected a runnable journey");
        }
        for (RelyingParty.Endpoint endpoint : relyingParty.endpoints()) {
            findings.reference(endpoint.pos(), endpoint.userJourneyReferenceId(), policy.userJourneys(), "user journey",
                    "UserJourney");
        }
        var profile = relyingParty.technicalProfile();
        if (profile == null) {
            findings.error(relyingParty.pos(), "relying party of " + policy.policyId() + " has no TechnicalProfile;"
                    + " expected one that names the token protocol and output claims");
            return;
        }
        if (profile.protocol() == null) {
            findings.error(profile.pos(), "relying party technical profile '" + profile.id() + "' has no Protocol;"
                    + " expected one of " + String.join(", ", Protocols.RELYING_PARTY_NAMES));
        } else if (Protocols.RELYING_PARTY_NAMES.stream()
                .noneMatch(n -> n.equalsIgnoreCase(profile.protocol().name()))) {
            findings.error(profile.protocol().pos(), "relying party technical profile '" + profile.id()
                    + "' has protocol '" + profile.protocol().name() + "'; expected one of "
                    + String.join(", ", Protocols.RELYING_PARTY_NAMES));
        }
    }
}
