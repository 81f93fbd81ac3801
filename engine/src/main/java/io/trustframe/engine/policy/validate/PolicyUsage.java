package io.trustframe.engine.policy.validate;

import java.util.Set;
import java.util.TreeSet;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.TechnicalProfile;

/**
 * What a relying party can run, from its default journey, endpoints and token profile (the validator's
 * reachability): the technical profiles, display controls and claims transformations, and every claim type they
 * (and the relying party's own profile) name. Ids are in {@link IdMap#key} form, so they compare as B2C compares ids.
 * Tests hold it against an {@code ExecutionTrace} to see what a run left untouched.
 */
public record PolicyUsage(Set<String> technicalProfiles, Set<String> displayControls, Set<String> transformations,
                          Set<String> claimTypes) {

    public PolicyUsage {
        technicalProfiles = Set.copyOf(technicalProfiles);
        displayControls = Set.copyOf(displayControls);
        transformations = Set.copyOf(transformations);
        claimTypes = Set.copyOf(claimTypes);
    }

    public static PolicyUsage of(RelyingPartyPolicy policy) {
        Reachability reachable = Reachability.of(policy);
        Set<String> claims = new TreeSet<>();
        for (String id : reachable.profiles) {
            policy.technicalProfiles().find(id).ifPresent(profile -> claimsOf(profile, claims));
        }
        if (policy.relyingPartyProfile() != null) {
            claimsOf(policy.relyingPartyProfile(), claims);
        }
        for (String id : reachable.displayControls) {
            policy.displayControls().find(id).ifPresent(control -> claimsOf(control, claims));
        }
        for (String id : reachable.transformations) {
            policy.claimsTransformations().find(id).ifPresent(transformation -> claimsOf(transformation, claims));
        }
        return new PolicyUsage(reachable.profiles, reachable.displayControls, reachable.transformations, claims);
    }

    private static void claimsOf(TechnicalProfile profile, Set<String> claims) {
        references(profile.inputClaims(), claims);
        references(profile.persistedClaims(), claims);
        references(profile.outputClaims(), claims);
        for (DisplayClaim claim : profile.displayClaims()) {
            add(claim.claimTypeReferenceId(), claims);
        }
    }

    private static void claimsOf(DisplayControl control, Set<String> claims) {
        references(control.inputClaims(), claims);
        references(control.outputClaims(), claims);
        for (DisplayClaim claim : control.displayClaims()) {
            add(claim.claimTypeReferenceId(), claims);
        }
    }

    private static void claimsOf(ClaimsTransformation transformation, Set<String> claims) {
        references(transformation.inputClaims(), claims);
        references(transformation.outputClaims(), claims);
    }

    private static void references(java.util.List<ClaimReference> references, Set<String> claims) {
        references.forEach(reference -> add(reference.claimTypeReferenceId(), claims));
    }

    private static void add(String claimType, Set<String> claims) {
        if (claimType != null) {
            claims.add(IdMap.key(claimType));
        }
    }
}
