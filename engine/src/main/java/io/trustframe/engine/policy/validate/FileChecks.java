package io.trustframe.engine.policy.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.model.BuildingBlocks;
import io.trustframe.engine.policy.model.ClaimsProvider;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.SourcePos;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/** Checks of one file on its own: root attributes, duplicate Ids, the order of the steps it writes. */
final class FileChecks {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    static List<Diagnostic> check(TrustFrameworkPolicy policy) {
        FileChecks checks = new FileChecks();
        checks.root(policy);
        checks.duplicates(policy);
        for (var journey : policy.userJourneys()) {
            checks.stepOrder(journey.orchestrationSteps(), "UserJourney '" + journey.id() + "'");
        }
        for (var journey : policy.subJourneys()) {
            checks.stepOrder(journey.orchestrationSteps(), "SubJourney '" + journey.id() + "'");
        }
        return checks.diagnostics;
    }

    private void root(TrustFrameworkPolicy policy) {
        if (policy.policyId() != null && !policy.policyId().regionMatches(true, 0, "B2C_1A_", 0, 7)) {
            diagnostics.add(Diagnostic.error(policy.pos(), "PolicyId '" + policy.policyId()
                    + "' does not start with B2C_1A_; expected the prefix B2C gives every custom policy"));
        }
        if (policy.policySchemaVersion() != null && !policy.policySchemaVersion().equals("0.3.0.0")) {
            diagnostics.add(Diagnostic.error(policy.pos(), "PolicySchemaVersion is '" + policy.policySchemaVersion()
                    + "'; expected 0.3.0.0"));
        }
    }

    private void duplicates(TrustFrameworkPolicy policy) {
        BuildingBlocks blocks = policy.buildingBlocks();
        unique(blocks.claimsSchema(), c -> c.id(), c -> c.pos(), "ClaimType");
        unique(blocks.predicates(), p -> p.id(), p -> p.pos(), "Predicate");
        unique(blocks.predicateValidations(), p -> p.id(), p -> p.pos(), "PredicateValidation");
        unique(blocks.claimsTransformations(), t -> t.id(), t -> t.pos(), "ClaimsTransformation");
        unique(blocks.clientDefinitions(), c -> c.id(), c -> c.pos(), "ClientDefinition");
        unique(blocks.contentDefinitions(), c -> c.id(), c -> c.pos(), "ContentDefinition");
        unique(blocks.displayControls(), d -> d.id(), d -> d.pos(), "DisplayControl");
        if (blocks.localization() != null) {
            unique(blocks.localization().localizedResources(), r -> r.id(), r -> r.pos(), "LocalizedResources");
        }
        List<TechnicalProfile> profiles = new ArrayList<>();
        for (ClaimsProvider provider : policy.claimsProviders()) {
            profiles.addAll(provider.technicalProfiles());
        }
        unique(profiles, t -> t.id(), t -> t.pos(), "TechnicalProfile");
        unique(policy.userJourneys(), j -> j.id(), j -> j.pos(), "UserJourney");
        unique(policy.subJourneys(), j -> j.id(), j -> j.pos(), "SubJourney");
    }

    private <T> void unique(List<T> elements, Function<T, String> id, Function<T, SourcePos> pos, String element) {
        Map<String, T> seen = new HashMap<>();
        for (T candidate : elements) {
            if (id.apply(candidate) == null) {
                continue;
            }
            T first = seen.putIfAbsent(IdMap.key(id.apply(candidate)), candidate);
            if (first != null) {
                diagnostics.add(Diagnostic.error(pos.apply(candidate), "duplicate " + element + " Id '"
                        + id.apply(candidate) + "' (first defined at " + pos.apply(first).fileLineColumn()
                        + "); expected each " + element + " Id once per policy (Ids are case-insensitive)"));
            }
        }
    }

    /** Within one file, steps are written in increasing Order (a derived file may write only the ones it replaces). */
    private void stepOrder(List<OrchestrationStep> steps, String journey) {
        Integer previous = null;
        for (OrchestrationStep step : steps) {
            if (step.order() == null) {
                continue;
            }
            if (previous != null && step.order() <= previous) {
                diagnostics.add(Diagnostic.error(step.pos(), "orchestration step Order " + step.order() + " of "
                        + journey + " follows step " + previous + "; expected steps in increasing Order, each Order"
                        + " once"));
            }
            previous = step.order();
        }
    }
}
