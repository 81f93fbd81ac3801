package io.trustframe.engine.policy.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimDataType;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.Predicate;
import io.trustframe.engine.policy.model.PredicateValidation;
import io.trustframe.engine.policy.model.SourcePos;

/** Claim types, predicates, content definitions, localization and display controls of a merged policy. */
final class BuildingBlockChecks {

    /** {@code ClaimType/UserInputType} values of the claims schema reference. */
    static final List<String> USER_INPUT_TYPES = List.of("CheckboxMultiSelect", "DateTimeDropdown",
            "DropdownSingleSelect", "EmailBox", "Paragraph", "Password", "RadioSingleSelect", "Readonly", "TextBox");

    /** {@code Predicate/@Method} values of the predicates reference. */
    static final List<String> PREDICATE_METHODS = List.of("IsLengthRange", "MatchesRegex", "IncludesCharacters",
            "IsDateRange");

    /** {@code DisplayControl/@UserInterfaceControlType} values this engine knows. */
    static final List<String> DISPLAY_CONTROL_TYPES = List.of("VerificationControl", "CaptchaControl",
            "QrCodeControl");

    private final RelyingPartyPolicy policy;
    private final Findings findings;
    private final Reachability reachable;

    BuildingBlockChecks(RelyingPartyPolicy policy, Findings findings, Reachability reachable) {
        this.policy = policy;
        this.findings = findings;
        this.reachable = reachable;
    }

    void check() {
        policy.claimTypes().values().forEach(this::claimType);
        policy.predicates().values().forEach(this::predicate);
        policy.predicateValidations().values().forEach(this::predicateValidation);
        policy.contentDefinitions().values().forEach(this::contentDefinition);
        // B2C ignores localized strings of elements that do not exist (the SocialAccounts starter pack has some).
        policy.localizedResources().values().forEach(r -> findings.tolerating("B2C ignores strings for elements"
                + " that do not exist", () -> localizedResources(r)));
        policy.displayControls().values().forEach(c -> findings.within(reachable.usesDisplayControl(c.id()),
                "display control '" + c.id() + "'", () -> displayControl(c)));
    }

    private void claimType(ClaimType claim) {
        if (claim.dataType() == null) {
            findings.error(claim.pos(), "claim type '" + claim.id() + "' has no DataType; expected one of "
                    + dataTypes());
        } else if (ClaimDataType.parse(claim.dataType()).isEmpty()) {
            findings.error(claim.pos(), "claim type '" + claim.id() + "' has unknown DataType '" + claim.dataType()
                    + "'; expected one of " + dataTypes());
        }
        if (claim.userInputType() != null && !contains(USER_INPUT_TYPES, claim.userInputType())) {
            findings.error(claim.pos(), "claim type '" + claim.id() + "' has unknown UserInputType '"
                    + claim.userInputType() + "'; expected one of " + String.join(", ", USER_INPUT_TYPES));
        }
        if (claim.mask() != null && claim.mask().type() != null
                && !contains(List.of("Simple", "Regex"), claim.mask().type())) {
            findings.error(claim.mask().pos(), "Mask Type is '" + claim.mask().type() + "'; expected Simple or Regex");
        }
        findings.reference(claim.predicateValidationReference(), policy.predicateValidations(), "predicate validation",
                "PredicateValidation");
    }

    private void predicate(Predicate predicate) {
        if (predicate.method() != null && !contains(PREDICATE_METHODS, predicate.method())) {
            findings.schemaError(predicate.pos(), "predicate '" + predicate.id() + "' has unknown Method '"
                    + predicate.method() + "'; expected one of " + String.join(", ", PREDICATE_METHODS));
            return;
        }
        for (String parameter : PREDICATE_PARAMETERS.getOrDefault(predicate.method().toLowerCase(Locale.ROOT),
                List.of())) {
            if (predicate.parameter(parameter) == null) {
                findings.warning(predicate.pos(), "predicate '" + predicate.id() + "' (" + predicate.method()
                        + ") has no " + parameter + " parameter; expected <Parameter Id=\"" + parameter + "\">");
            }
        }
    }

    /** The parameters each predicate method needs (predicates reference: IsLengthRange, MatchesRegex, …). */
    private static final Map<String, List<String>> PREDICATE_PARAMETERS = Map.of(
            "islengthrange", List.of("Minimum", "Maximum"),
            "matchesregex", List.of("RegularExpression"),
            "includescharacters", List.of("CharacterSet"),
            "isdaterange", List.of("Minimum", "Maximum"));

    private void predicateValidation(PredicateValidation validation) {
        for (PredicateValidation.PredicateGroup group : validation.predicateGroups()) {
            group.predicateReferences()
                    .forEach(r -> findings.reference(r, policy.predicates(), "predicate", "Predicate"));
        }
    }

    private void contentDefinition(ContentDefinition definition) {
        if (definition.localizedResourcesReferences() == null) {
            return;
        }
        for (var reference : definition.localizedResourcesReferences().references()) {
            findings.reference(reference.pos(), reference.localizedResourcesReferenceId(), policy.localizedResources(),
                    "localized resources", "LocalizedResources");
        }
    }

    /** Strings and collections that localize a claim type, display control or predicate must name one that exists. */
    private void localizedResources(Localization.LocalizedResources resources) {
        for (Localization.LocalizedString string : resources.localizedStrings()) {
            localizedElement(string.pos(), string.elementType(), string.elementId());
        }
        for (Localization.LocalizedCollection collection : resources.localizedCollections()) {
            localizedElement(collection.pos(), collection.elementType(), collection.elementId());
        }
    }

    private void localizedElement(SourcePos pos, String elementType, String elementId) {
        if ("ClaimType".equalsIgnoreCase(elementType)) {
            findings.claimType(pos, elementId);
        } else if ("DisplayControl".equalsIgnoreCase(elementType)) {
            findings.reference(pos, elementId, policy.displayControls(), "display control", "DisplayControl");
        } else if ("Predicate".equalsIgnoreCase(elementType)) {
            findings.reference(pos, elementId, policy.predicates(), "predicate", "Predicate");
        }
    }

    private void displayControl(DisplayControl control) {
        if (control.userInterfaceControlType() != null
                && !contains(DISPLAY_CONTROL_TYPES, control.userInterfaceControlType())) {
            findings.warning(control.pos(), "display control '" + control.id() + "' has UserInterfaceControlType '"
                    + control.userInterfaceControlType() + "', which this engine does not know; expected one of "
                    + String.join(", ", DISPLAY_CONTROL_TYPES));
        }
        findings.claims(control.inputClaims());
        findings.claims(control.outputClaims());
        for (DisplayClaim claim : control.displayClaims()) {
            if (claim.claimTypeReferenceId() == null) {
                findings.error(claim.pos(), "DisplayClaim in display control '" + control.id() + "' has no"
                        + " ClaimTypeReferenceId; expected the claim type it shows");
            } else {
                findings.claimType(claim.pos(), claim.claimTypeReferenceId());
            }
        }
        for (DisplayControl.Action action : control.actions()) {
            for (var profile : action.technicalProfiles()) {
                findings.technicalProfile(profile.pos(), profile.technicalProfileReferenceId());
                findings.preconditions(profile.preconditions());
            }
        }
    }

    static boolean contains(List<String> values, String value) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(value.strip()));
    }

    private static String dataTypes() {
        StringBuilder names = new StringBuilder();
        for (ClaimDataType type : ClaimDataType.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(type.xmlName());
        }
        return names.toString();
    }
}
