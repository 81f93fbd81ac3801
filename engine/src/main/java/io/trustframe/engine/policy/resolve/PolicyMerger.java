package io.trustframe.engine.policy.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.BuildingBlocks;
import io.trustframe.engine.policy.model.ClaimsProvider;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/**
 * Folds a {@code BasePolicy} chain into one {@link RelyingPartyPolicy}: each file's elements extend or override
 * the elements with the same Id (case-insensitive) of the files below it, then every technical profile's
 * {@code IncludeTechnicalProfile} is merged in.
 */
public final class PolicyMerger {

    private PolicyMerger() {
    }

    public static RelyingPartyPolicy merge(List<TrustFrameworkPolicy> chain, List<Diagnostic> diagnostics) {
        Folded<io.trustframe.engine.policy.model.ClaimType> claimTypes = new Folded<>();
        Folded<io.trustframe.engine.policy.model.Predicate> predicates = new Folded<>();
        Folded<io.trustframe.engine.policy.model.PredicateValidation> predicateValidations = new Folded<>();
        Folded<io.trustframe.engine.policy.model.ClaimsTransformation> transformations = new Folded<>();
        Folded<BuildingBlocks.ClientDefinition> clientDefinitions = new Folded<>();
        Folded<io.trustframe.engine.policy.model.ContentDefinition> contentDefinitions = new Folded<>();
        Folded<io.trustframe.engine.policy.model.DisplayControl> displayControls = new Folded<>();
        Folded<TechnicalProfile> profiles = new Folded<>();
        Map<String, ClaimsProvider> providerOfProfile = new LinkedHashMap<>();
        Map<String, ClaimsProvider> providers = new LinkedHashMap<>();
        Folded<io.trustframe.engine.policy.model.UserJourney> journeys = new Folded<>();
        Folded<io.trustframe.engine.policy.model.SubJourney> subJourneys = new Folded<>();
        Localization localization = null;
        RelyingParty relyingParty = null;

        for (TrustFrameworkPolicy policy : chain) {
            BuildingBlocks blocks = policy.buildingBlocks();
            claimTypes.apply(blocks.claimsSchema(), c -> c.id(), ElementMerger::claimType);
            // Predicates, transformations and client definitions are replaced whole: they have no keyed parts.
            predicates.apply(blocks.predicates(), p -> p.id(), (older, newer) -> newer);
            predicateValidations.apply(blocks.predicateValidations(), p -> p.id(), ElementMerger::predicateValidation);
            transformations.apply(blocks.claimsTransformations(), t -> t.id(), (older, newer) -> newer);
            clientDefinitions.apply(blocks.clientDefinitions(), c -> c.id(), (older, newer) -> newer);
            contentDefinitions.apply(blocks.contentDefinitions(), c -> c.id(), ElementMerger::contentDefinition);
            displayControls.apply(blocks.displayControls(), d -> d.id(), ElementMerger::displayControl);
            localization = ElementMerger.localization(localization, blocks.localization());
            for (ClaimsProvider provider : policy.claimsProviders()) {
                String providerKey = IdMap.key(provider.displayName());
                ClaimsProvider known = providers.get(providerKey);
                ClaimsProvider merged = known == null ? provider : new ClaimsProvider(known.pos(),
                        Lists.either(provider.displayName(), known.displayName()),
                        Lists.either(provider.domain(), known.domain()), List.of());
                providers.put(providerKey, merged);
                profiles.apply(provider.technicalProfiles(), t -> t.id(), ElementMerger::technicalProfile);
                for (TechnicalProfile profile : provider.technicalProfiles()) {
                    providerOfProfile.put(profile.id(), merged);
                }
            }
            journeys.apply(policy.userJourneys().stream().map(ElementMerger::inOrder).toList(), j -> j.id(),
                    ElementMerger::userJourney);
            subJourneys.apply(policy.subJourneys().stream().map(ElementMerger::inOrder).toList(), j -> j.id(),
                    ElementMerger::subJourney);
            if (policy.relyingParty() != null) {
                relyingParty = policy.relyingParty();
            }
        }

        Includes includes = new Includes(profiles.byKey, diagnostics);
        Map<String, TechnicalProfile> resolvedProfiles = new LinkedHashMap<>();
        profiles.byKey.forEach((key, profile) -> resolvedProfiles.put(profile.id(), includes.resolve(profile)));
        if (relyingParty != null && relyingParty.technicalProfile() != null) {
            relyingParty = new RelyingParty(relyingParty.pos(), relyingParty.defaultUserJourney(),
                    relyingParty.endpoints(), relyingParty.userJourneyBehaviors(),
                    includes.resolve(relyingParty.technicalProfile()));
        }
        Map<String, ClaimsProvider> providerById = new LinkedHashMap<>();
        providerOfProfile.forEach((id, provider) ->
                providerById.put(id, providers.get(IdMap.key(provider.displayName()))));

        TrustFrameworkPolicy leaf = chain.get(chain.size() - 1);
        return new RelyingPartyPolicy(leaf.policyId(), leaf.tenantId(), chain, claimTypes.freeze(c -> c.id()),
                predicates.freeze(p -> p.id()), predicateValidations.freeze(p -> p.id()),
                transformations.freeze(t -> t.id()), clientDefinitions.freeze(c -> c.id()),
                contentDefinitions.freeze(c -> c.id()), localization,
                IdMap.of(localization == null ? List.of() : localization.localizedResources(),
                        Localization.LocalizedResources::id),
                displayControls.freeze(d -> d.id()), IdMap.of(resolvedProfiles.values(), TechnicalProfile::id),
                IdMap.ofIds(providerById), journeys.freeze(j -> j.id()), subJourneys.freeze(j -> j.id()),
                relyingParty);
    }

    /** Elements by case-insensitive Id, in the order their Ids first appear along the chain. */
    private static final class Folded<T> {
        final Map<String, T> byKey = new LinkedHashMap<>();

        void apply(List<T> elements, Function<T, String> id, BinaryOperator<T> merge) {
            for (T element : elements) {
                byKey.merge(IdMap.key(id.apply(element)), element, merge);
            }
        }

        IdMap<T> freeze(Function<T, String> id) {
            return IdMap.of(byKey.values(), id);
        }
    }

    /** {@code IncludeTechnicalProfile}: the included profile's content, overridden by the including one. */
    private static final class Includes {
        private final Map<String, TechnicalProfile> profiles;
        private final List<Diagnostic> diagnostics;
        private final Map<String, TechnicalProfile> resolved = new LinkedHashMap<>();
        private final Set<String> reported = new HashSet<>();

        Includes(Map<String, TechnicalProfile> profiles, List<Diagnostic> diagnostics) {
            this.profiles = profiles;
            this.diagnostics = diagnostics;
        }

        TechnicalProfile resolve(TechnicalProfile profile) {
            return resolve(profile, new ArrayList<>());
        }

        private TechnicalProfile resolve(TechnicalProfile profile, List<String> including) {
            String key = IdMap.key(profile.id());
            TechnicalProfile done = resolved.get(key);
            if (done != null && profiles.get(key) == profile) {
                return done;
            }
            if (profile.includeTechnicalProfile() == null) {
                return profile;
            }
            String includedId = profile.includeTechnicalProfile().referenceId();
            TechnicalProfile included = profiles.get(IdMap.key(includedId));
            if (included == null) {
                report(profile, "technical profile '" + profile.id() + "' includes technical profile '" + includedId
                        + "', which is not defined; expected the Id of a TechnicalProfile in this policy or its"
                        + " base policies");
                return profile;
            }
            including.add(profile.id());
            if (including.stream().anyMatch(id -> id.equalsIgnoreCase(includedId))) {
                report(profile, "cyclic IncludeTechnicalProfile: " + String.join(" -> ", including) + " -> "
                        + includedId + "; expected includes that end in a profile without IncludeTechnicalProfile");
                return profile;
            }
            TechnicalProfile merged = ElementMerger.technicalProfile(resolve(included, including), profile);
            if (profiles.get(key) == profile) {
                resolved.put(key, merged);
            }
            return merged;
        }

        private void report(TechnicalProfile profile, String message) {
            if (reported.add(profile.includeTechnicalProfile().pos().fileLineColumn())) {
                diagnostics.add(Diagnostic.error(profile.includeTechnicalProfile().pos(), message));
            }
        }
    }
}
