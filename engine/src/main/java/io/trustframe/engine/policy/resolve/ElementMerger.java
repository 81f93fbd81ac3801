package io.trustframe.engine.policy.resolve;

import static io.trustframe.engine.policy.resolve.Lists.either;
import static io.trustframe.engine.policy.resolve.Lists.mergeByKey;
import static io.trustframe.engine.policy.resolve.Lists.mergeWithBehavior;
import static io.trustframe.engine.policy.resolve.Lists.replaceByKey;

import java.util.List;

import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.Metadata;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.PredicateValidation;
import io.trustframe.engine.policy.model.Reference;
import io.trustframe.engine.policy.model.SubJourney;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.policy.model.UserJourney;

/**
 * How an element in a derived policy combines with the element of the same Id in its base (and how a technical
 * profile combines with the one it includes). B2C's rule is "extend or override": a property the derived element
 * sets wins, a property it leaves out is inherited, and keyed lists are merged entry by entry.
 */
final class ElementMerger {

    private ElementMerger() {
    }

    static ClaimType claimType(ClaimType base, ClaimType over) {
        return new ClaimType(over.pos(), over.id(), either(over.displayName(), base.displayName()),
                either(over.dataType(), base.dataType()),
                replaceByKey(base.defaultPartnerClaimTypes(), over.defaultPartnerClaimTypes(),
                        ClaimType.PartnerClaimType::name),
                either(over.mask(), base.mask()), either(over.adminHelpText(), base.adminHelpText()),
                either(over.userHelpText(), base.userHelpText()), either(over.userInputType(), base.userInputType()),
                restriction(base.restriction(), over.restriction()),
                either(over.predicateValidationReference(), base.predicateValidationReference()));
    }

    /** {@code Restriction MergeBehavior} decides how enumerations combine; a new pattern replaces the old one. */
    private static ClaimType.Restriction restriction(ClaimType.Restriction base, ClaimType.Restriction over) {
        if (base == null || over == null) {
            return either(over, base);
        }
        return new ClaimType.Restriction(over.pos(), over.mergeBehavior(),
                mergeWithBehavior(over.mergeBehavior(), base.enumerations(), over.enumerations(),
                        ClaimType.Enumeration::value),
                either(over.pattern(), base.pattern()));
    }

    static PredicateValidation predicateValidation(PredicateValidation base, PredicateValidation over) {
        return new PredicateValidation(over.pos(), over.id(),
                replaceByKey(base.predicateGroups(), over.predicateGroups(), PredicateValidation.PredicateGroup::id));
    }

    static ContentDefinition contentDefinition(ContentDefinition base, ContentDefinition over) {
        ContentDefinition.LocalizedResourcesReferences references = base.localizedResourcesReferences();
        if (references == null || over.localizedResourcesReferences() == null) {
            references = either(over.localizedResourcesReferences(), references);
        } else {
            ContentDefinition.LocalizedResourcesReferences newer = over.localizedResourcesReferences();
            references = new ContentDefinition.LocalizedResourcesReferences(newer.pos(), newer.mergeBehavior(),
                    mergeWithBehavior(newer.mergeBehavior(), references.references(), newer.references(),
                            ContentDefinition.LocalizedResourcesReference::language));
        }
        return new ContentDefinition(over.pos(), over.id(), either(over.loadUri(), base.loadUri()),
                either(over.recoveryUri(), base.recoveryUri()), either(over.dataUri(), base.dataUri()),
                metadata(base.metadata(), over.metadata()), references);
    }

    static Localization localization(Localization base, Localization over) {
        if (base == null || over == null) {
            return either(over, base);
        }
        Localization.SupportedLanguages languages = base.supportedLanguages();
        Localization.SupportedLanguages newer = over.supportedLanguages();
        if (languages == null || newer == null) {
            languages = either(newer, languages);
        } else {
            languages = new Localization.SupportedLanguages(newer.pos(),
                    either(newer.defaultLanguage(), languages.defaultLanguage()), newer.mergeBehavior(),
                    mergeWithBehavior(newer.mergeBehavior(), languages.supportedLanguages(),
                            newer.supportedLanguages(), code -> code));
        }
        return new Localization(over.pos(), either(over.enabled(), base.enabled()), languages,
                mergeByKey(base.localizedResources(), over.localizedResources(),
                        Localization.LocalizedResources::id, ElementMerger::localizedResources));
    }

    private static Localization.LocalizedResources localizedResources(Localization.LocalizedResources base,
            Localization.LocalizedResources over) {
        return new Localization.LocalizedResources(over.pos(), over.id(),
                replaceByKey(base.localizedCollections(), over.localizedCollections(),
                        c -> c.elementType() + "|" + c.elementId() + "|" + c.targetCollection()),
                replaceByKey(base.localizedStrings(), over.localizedStrings(),
                        s -> s.elementType() + "|" + s.elementId() + "|" + s.stringId()));
    }

    static DisplayControl displayControl(DisplayControl base, DisplayControl over) {
        return new DisplayControl(over.pos(), over.id(),
                either(over.userInterfaceControlType(), base.userInterfaceControlType()),
                claims(base.inputClaims(), over.inputClaims()),
                displayClaims(base.displayClaims(), over.displayClaims()),
                claims(base.outputClaims(), over.outputClaims()),
                replaceByKey(base.actions(), over.actions(), DisplayControl.Action::id));
    }

    /** Technical profiles: by property, Metadata by Key, keys by Id, claim lists by claim type, references by Id. */
    static TechnicalProfile technicalProfile(TechnicalProfile base, TechnicalProfile over) {
        return new TechnicalProfile(over.pos(), over.id(), either(over.displayName(), base.displayName()),
                either(over.description(), base.description()), either(over.protocol(), base.protocol()),
                either(over.inputTokenFormat(), base.inputTokenFormat()),
                either(over.outputTokenFormat(), base.outputTokenFormat()), metadata(base.metadata(), over.metadata()),
                replaceByKey(base.cryptographicKeys(), over.cryptographicKeys(), TechnicalProfile.CryptographicKey::id),
                references(base.inputClaimsTransformations(), over.inputClaimsTransformations()),
                claims(base.inputClaims(), over.inputClaims()),
                displayClaims(base.displayClaims(), over.displayClaims()),
                claims(base.persistedClaims(), over.persistedClaims()),
                claims(base.outputClaims(), over.outputClaims()),
                references(base.outputClaimsTransformations(), over.outputClaimsTransformations()),
                replaceByKey(base.validationTechnicalProfiles(), over.validationTechnicalProfiles(),
                        TechnicalProfile.ValidationTechnicalProfile::referenceId),
                either(over.subjectNamingInfo(), base.subjectNamingInfo()),
                either(over.includeInSso(), base.includeInSso()),
                either(over.includeClaimsFromTechnicalProfile(), base.includeClaimsFromTechnicalProfile()),
                either(over.includeTechnicalProfile(), base.includeTechnicalProfile()),
                either(over.useTechnicalProfileForSessionManagement(), base.useTechnicalProfileForSessionManagement()),
                either(over.enabledForUserJourneys(), base.enabledForUserJourneys()),
                either(over.domainName(), base.domainName()));
    }

    /** Orchestration steps are replaced by {@code Order}: a derived journey rewrites single steps of its base. */
    static UserJourney userJourney(UserJourney base, UserJourney over) {
        return new UserJourney(over.pos(), over.id(),
                either(over.defaultCpimIssuerTechnicalProfileReferenceId(),
                        base.defaultCpimIssuerTechnicalProfileReferenceId()),
                references(base.authorizationTechnicalProfiles(), over.authorizationTechnicalProfiles()),
                steps(base.orchestrationSteps(), over.orchestrationSteps()),
                either(over.clientDefinition(), base.clientDefinition()),
                either(over.preserveOriginalAssertion(), base.preserveOriginalAssertion()));
    }

    static SubJourney subJourney(SubJourney base, SubJourney over) {
        return new SubJourney(over.pos(), over.id(), either(over.type(), base.type()),
                steps(base.orchestrationSteps(), over.orchestrationSteps()));
    }

    private static List<OrchestrationStep> steps(List<OrchestrationStep> base, List<OrchestrationStep> over) {
        return inOrder(replaceByKey(base, over, s -> String.valueOf(s.order())));
    }

    /** The executor runs steps by Order, whatever order they were written in (the validator reports that). */
    static UserJourney inOrder(UserJourney journey) {
        return new UserJourney(journey.pos(), journey.id(), journey.defaultCpimIssuerTechnicalProfileReferenceId(),
                journey.authorizationTechnicalProfiles(), inOrder(journey.orchestrationSteps()),
                journey.clientDefinition(), journey.preserveOriginalAssertion());
    }

    static SubJourney inOrder(SubJourney journey) {
        return new SubJourney(journey.pos(), journey.id(), journey.type(), inOrder(journey.orchestrationSteps()));
    }

    private static List<OrchestrationStep> inOrder(List<OrchestrationStep> steps) {
        return steps.stream()
                .sorted((a, b) -> Integer.compare(a.order() == null ? Integer.MAX_VALUE : a.order(),
                        b.order() == null ? Integer.MAX_VALUE : b.order()))
                .toList();
    }

    private static Metadata metadata(Metadata base, Metadata over) {
        if (base == null) {
            return over;
        }
        return base.overriddenBy(over);
    }

    private static List<ClaimReference> claims(List<ClaimReference> base, List<ClaimReference> over) {
        return replaceByKey(base, over, ClaimReference::claimTypeReferenceId);
    }

    private static List<DisplayClaim> displayClaims(List<DisplayClaim> base, List<DisplayClaim> over) {
        return replaceByKey(base, over, DisplayClaim::mergeKey);
    }

    private static List<Reference> references(List<Reference> base, List<Reference> over) {
        return replaceByKey(base, over, Reference::referenceId);
    }
}
