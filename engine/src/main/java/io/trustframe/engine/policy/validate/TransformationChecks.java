package io.trustframe.engine.policy.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimDataType;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.policy.validate.TransformationMethod.Slot;

/**
 * Claims transformations against the documented method signatures: known method, known input/output claim and
 * parameter names, and data types that fit. Tolerant where B2C is: int and long mix, phoneNumber and string mix,
 * and string claims may feed date/dateTime inputs (the starter pack passes its string refresh-token dates to
 * AssertDateTimeIsGreaterThan).
 */
final class TransformationChecks {

    private static final Set<ClaimDataType> NUMBERS = Set.of(ClaimDataType.INT, ClaimDataType.LONG);
    private static final Set<ClaimDataType> TEXTS = Set.of(ClaimDataType.STRING, ClaimDataType.PHONE_NUMBER);
    private static final Set<ClaimDataType> DATES = Set.of(ClaimDataType.DATE, ClaimDataType.DATE_TIME);

    private final RelyingPartyPolicy policy;
    private final Findings findings;
    private final Reachability reachable;

    TransformationChecks(RelyingPartyPolicy policy, Findings findings, Reachability reachable) {
        this.policy = policy;
        this.findings = findings;
        this.reachable = reachable;
    }

    void check() {
        policy.claimsTransformations().values().forEach(t -> findings.within(reachable.usesTransformation(t.id()),
                "claims transformation '" + t.id() + "'", () -> transformation(t)));
    }

    private void transformation(ClaimsTransformation transformation) {
        Optional<TransformationMethod> found = TransformationMethods.find(transformation.transformationMethod());
        if (found.isEmpty()) {
            findings.claims(transformation.inputClaims());
            findings.claims(transformation.outputClaims());
            if (transformation.transformationMethod() != null) {
                findings.error(transformation.pos(), "claims transformation '" + transformation.id()
                        + "' uses unknown TransformationMethod '" + transformation.transformationMethod()
                        + "'; expected a documented method such as FormatStringClaim or CreateStringClaim");
            }
            return;
        }
        TransformationMethod method = found.get();
        for (ClaimReference claim : transformation.inputClaims()) {
            claim(transformation, method, claim, "input claim", method.inputClaims(), method.openInputClaims());
        }
        for (ClaimReference claim : transformation.outputClaims()) {
            claim(transformation, method, claim, "output claim", method.outputClaims(), method.openOutputClaims());
        }
        for (ClaimsTransformation.InputParameter parameter : transformation.inputParameters()) {
            parameter(transformation, method, parameter);
        }
        if (method.name().equals("CopyClaim")) {
            sameType(transformation);
        }
    }

    /** "Both claims must be from the same type" (CopyClaim in the general claims transformations reference). */
    private void sameType(ClaimsTransformation transformation) {
        if (transformation.inputClaims().size() != 1 || transformation.outputClaims().size() != 1) {
            return;
        }
        ClaimType from = policy.claimTypes().get(transformation.inputClaims().get(0).claimTypeReferenceId());
        ClaimReference target = transformation.outputClaims().get(0);
        ClaimType to = policy.claimTypes().get(target.claimTypeReferenceId());
        if (from == null || to == null || from.type() == null || to.type() == null) {
            return;
        }
        if (!fits(to.type(), from.type())) {
            findings.error(target.pos(), "CopyClaim copies claim type '" + from.id() + "' (" + from.type().xmlName()
                    + ") into '" + to.id() + "' (" + to.type().xmlName() + ") in claims transformation '"
                    + transformation.id() + "'; expected both claims of the same data type");
        }
    }

    private void claim(ClaimsTransformation transformation, TransformationMethod method, ClaimReference claim,
            String role, List<Slot> declared, boolean open) {
        boolean defined = findings.claimType(claim.pos(), claim.claimTypeReferenceId());
        String slotName = claim.transformationClaimType();
        if (slotName == null && open) {
            return; // FormatLocalizedString's inputs and regex group outputs are named by position or claim
        }
        if (slotName == null) {
            findings.error(claim.pos(), role + " '" + claim.claimTypeReferenceId() + "' of claims transformation '"
                    + transformation.id() + "' has no TransformationClaimType; expected one of " + names(declared));
            return;
        }
        Optional<Slot> slot = declared.stream().filter(s -> s.name().equalsIgnoreCase(slotName)).findFirst();
        if (slot.isEmpty()) {
            if (!open) {
                findings.error(claim.pos(), method.name() + " has no " + role + " '" + slotName + "' (claims"
                        + " transformation '" + transformation.id() + "'); expected " + names(declared));
            }
            return;
        }
        if (!defined || slot.get().dataType() == null) {
            return;
        }
        ClaimType type = policy.claimTypes().get(claim.claimTypeReferenceId());
        Optional<ClaimDataType> actual = ClaimDataType.parse(type.dataType());
        if (actual.isPresent() && !fits(slot.get().dataType(), actual.get())) {
            findings.error(claim.pos(), "claim type '" + type.id() + "' is " + actual.get().xmlName() + ", but "
                    + role + " '" + slot.get().name() + "' of " + method.name() + " (claims transformation '"
                    + transformation.id() + "') is " + slot.get().dataType().xmlName() + "; expected a claim type of"
                    + " data type " + slot.get().dataType().xmlName());
        }
    }

    private void parameter(ClaimsTransformation transformation, TransformationMethod method,
            ClaimsTransformation.InputParameter parameter) {
        Optional<ClaimDataType> given = ClaimDataType.parse(parameter.dataType());
        if (parameter.dataType() != null && given.isEmpty()) {
            findings.error(parameter.pos(), "input parameter '" + parameter.id() + "' has unknown DataType '"
                    + parameter.dataType() + "'; expected a claim data type such as string, int or boolean");
        }
        Optional<Slot> slot = method.inputParameter(parameter.id());
        if (slot.isEmpty()) {
            if (!method.openInputParameters()) {
                findings.error(parameter.pos(), method.name() + " has no input parameter '" + parameter.id()
                        + "' (claims transformation '" + transformation.id() + "'); expected "
                        + names(method.inputParameters()));
            }
            return;
        }
        if (given.isPresent() && slot.get().dataType() != null && !fits(slot.get().dataType(), given.get())) {
            findings.error(parameter.pos(), "input parameter '" + parameter.id() + "' of " + method.name()
                    + " is declared " + given.get().xmlName() + "; expected DataType=\""
                    + slot.get().dataType().xmlName() + "\"");
        }
    }

    static boolean fits(ClaimDataType declared, ClaimDataType actual) {
        return declared == actual
                || NUMBERS.contains(declared) && NUMBERS.contains(actual)
                || TEXTS.contains(declared) && TEXTS.contains(actual)
                || DATES.contains(declared) && (DATES.contains(actual) || actual == ClaimDataType.STRING);
    }

    private static String names(List<Slot> slots) {
        if (slots.isEmpty()) {
            return "none";
        }
        StringBuilder names = new StringBuilder();
        for (Slot slot : slots) {
            names.append(names.length() == 0 ? "" : ", ").append(slot.name());
        }
        return names.toString();
    }
}
