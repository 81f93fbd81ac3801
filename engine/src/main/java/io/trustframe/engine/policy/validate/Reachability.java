package io.trustframe.engine.policy.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.Reference;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.TechnicalProfile;

/**
 * Which journeys, technical profiles, display controls and transformations a relying party can actually run,
 * starting from its default journey, endpoints and token profile. B2C only rejects broken references in what a
 * policy uses: the PSD2 walkthrough's files keep journeys and display controls they never run, whose references
 * point at elements of the MFA starter pack, and deploy fine. Findings in unused elements are therefore warnings.
 */
final class Reachability {

    final Set<String> journeys = new HashSet<>();
    final Set<String> subJourneys = new HashSet<>();
    final Set<String> profiles = new HashSet<>();
    final Set<String> displayControls = new HashSet<>();
    final Set<String> transformations = new HashSet<>();

    private final RelyingPartyPolicy policy;
    private final Deque<TechnicalProfile> pendingProfiles = new ArrayDeque<>();

    private Reachability(RelyingPartyPolicy policy) {
        this.policy = policy;
    }

    static Reachability of(RelyingPartyPolicy policy) {
        Reachability reachability = new Reachability(policy);
        reachability.walk();
        return reachability;
    }

    boolean usesProfile(String id) {
        return profiles.contains(IdMap.key(id));
    }

    boolean usesJourney(String id) {
        return journeys.contains(IdMap.key(id));
    }

    boolean usesSubJourney(String id) {
        return subJourneys.contains(IdMap.key(id));
    }

    boolean usesDisplayControl(String id) {
        return displayControls.contains(IdMap.key(id));
    }

    boolean usesTransformation(String id) {
        return transformations.contains(IdMap.key(id));
    }

    private void walk() {
        RelyingParty relyingParty = policy.relyingParty();
        if (relyingParty.defaultUserJourney() != null) {
            journey(relyingParty.defaultUserJourney().referenceId(), false);
        }
        relyingParty.endpoints().forEach(e -> journey(e.userJourneyReferenceId(), false));
        if (relyingParty.technicalProfile() != null) {
            pendingProfiles.add(relyingParty.technicalProfile());
        }
        while (!pendingProfiles.isEmpty()) {
            visit(pendingProfiles.pop());
        }
    }

    private void journey(String id, boolean sub) {
        if (!(sub ? subJourneys : journeys).add(IdMap.key(id))) {
            return;
        }
        List<OrchestrationStep> steps = sub
                ? policy.subJourneys().find(id).map(j -> j.orchestrationSteps()).orElse(List.of())
                : policy.userJourneys().find(id).map(j -> j.orchestrationSteps()).orElse(List.of());
        for (OrchestrationStep step : steps) {
            step.claimsExchanges().forEach(x -> profile(x.technicalProfileReferenceId()));
            profile(step.cpimIssuerTechnicalProfileReferenceId());
            step.journeyList().forEach(c -> journey(c.subJourneyReferenceId(), true));
        }
        if (!sub) {
            policy.userJourneys().find(id).ifPresent(j -> j.authorizationTechnicalProfiles()
                    .forEach(r -> profile(r.referenceId())));
        }
    }

    private void profile(String id) {
        if (id == null || !profiles.add(IdMap.key(id))) {
            return;
        }
        policy.technicalProfiles().find(id).ifPresent(pendingProfiles::add);
    }

    private void visit(TechnicalProfile profile) {
        profile.validationTechnicalProfiles().forEach(v -> profile(v.referenceId()));
        reference(profile.useTechnicalProfileForSessionManagement());
        reference(profile.includeClaimsFromTechnicalProfile());
        profile.inputClaimsTransformations().forEach(r -> transformations.add(IdMap.key(r.referenceId())));
        profile.outputClaimsTransformations().forEach(r -> transformations.add(IdMap.key(r.referenceId())));
        for (DisplayClaim claim : profile.displayClaims()) {
            String control = claim.displayControlReferenceId();
            if (control != null && displayControls.add(IdMap.key(control))) {
                policy.displayControls().find(control).ifPresent(this::visit);
            }
        }
    }

    private void visit(DisplayControl control) {
        for (DisplayControl.Action action : control.actions()) {
            action.technicalProfiles().forEach(p -> profile(p.technicalProfileReferenceId()));
        }
    }

    private void reference(Reference reference) {
        if (reference != null) {
            profile(reference.referenceId());
        }
    }
}
