package io.trustframe.engine.policy.validate;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.trustframe.engine.claims.DataType;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.transform.MethodSignature;
import io.trustframe.engine.transform.RegisteredMethod;
import io.trustframe.engine.transform.Slot;
import io.trustframe.engine.transform.TransformationMethods;

/**
 * Claims transformations against the signatures the executor runs them by ({@link TransformationMethods}): known
 * method, known input/output claim and parameter names, and data types that fit. Tolerant where B2C is: the
 * signatures list every type and name the reference contradicts itself on, and {@link Slot#accepts} lets through
 * the types B2C converts between.
 */
final class TransformationChecks {

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
        Optional<MethodSignature> found = TransformationMethods.byName(transformation.transformationMethod())
                .map(RegisteredMethod::signature);
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
        MethodSignature method = found.get();
        for (ClaimReference claim : transformation.inputClaims()) {
            claim(transformation, method, claim, "input claim", method.inputClaims(), method::takesOtherInputClaim);
        }
        for (ClaimReference claim : transformation.outputClaims()) {
            claim(transformation, method, claim, "output claim", method.outputClaims(),
                    method::takesOtherOutputClaim);
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
        if (!to.type().accepts(from.type())) {
            findings.error(target.pos(), "CopyClaim copies claim type '" + from.id() + "' (" + from.type().schemaName()
                    + ") into '" + to.id() + "' (" + to.type().schemaName() + ") in claims transformation '"
                    + transformation.id() + "'; expected both claims of the same data type");
        }
    }

    private void claim(ClaimsTransformation transformation, MethodSignature method, ClaimReference claim,
            String role, List<Slot> declared, Predicate<String> takesOther) {
        boolean defined = findings.claimType(claim.pos(), claim.claimTypeReferenceId());
        String slotName = claim.transformationClaimType();
        if (slotName == null && takesOther.test(null)) {
            return; // FormatLocalizedString's inputs and regex group outputs are named by position or claim
        }
        if (slotName == null) {
            findings.error(claim.pos(), role + " '" + claim.claimTypeReferenceId() + "' of claims transformation '"
                    + transformation.id() + "' has no TransformationClaimType; expected one of " + names(declared));
            return;
        }
        Optional<Slot> slot = declared.stream().filter(s -> s.isNamed(slotName)).findFirst();
        if (slot.isEmpty()) {
            if (!takesOther.test(slotName)) {
                findings.error(claim.pos(), method.name() + " has no " + role + " '" + slotName + "' (claims"
                        + " transformation '" + transformation.id() + "'); expected " + names(declared));
            }
            return;
        }
        if (!defined || slot.get().acceptsAnyType()) {
            return;
        }
        ClaimType type = policy.claimTypes().get(claim.claimTypeReferenceId());
        Optional<DataType> actual = DataType.fromClaimsSchema(type.dataType());
        if (actual.isPresent() && !slot.get().accepts(actual.get())) {
            findings.error(claim.pos(), "claim type '" + type.id() + "' is " + actual.get().schemaName() + ", but "
                    + role + " '" + declaredName(slot.get(), slotName) + "' of " + method.name()
                    + " (claims transformation '" + transformation.id() + "') is " + slot.get().describeTypes()
                    + "; expected a claim type of data type " + slot.get().describeTypes());
        }
    }

    private void parameter(ClaimsTransformation transformation, MethodSignature method,
            ClaimsTransformation.InputParameter parameter) {
        Optional<DataType> given = DataType.fromClaimsSchema(parameter.dataType());
        if (parameter.dataType() != null && given.isEmpty()) {
            findings.error(parameter.pos(), "input parameter '" + parameter.id() + "' has unknown DataType '"
                    + parameter.dataType() + "'; expected a claim data type such as string, int or boolean");
        }
        Optional<Slot> slot = method.inputParameter(parameter.id());
        if (slot.isEmpty()) {
            if (!method.takesOtherInputParameter(parameter.id())) {
                findings.error(parameter.pos(), method.name() + " has no input parameter '" + parameter.id()
                        + "' (claims transformation '" + transformation.id() + "'); expected "
                        + names(method.inputParameters()));
            }
            return;
        }
        if (given.isPresent() && !slot.get().accepts(given.get())) {
            findings.error(parameter.pos(), "input parameter '" + parameter.id() + "' of " + method.name()
                    + " is declared " + given.get().schemaName() + "; expected " + slot.get().dataTypes().stream()
                    .map(type -> "DataType=\"" + type.schemaName() + "\"").collect(Collectors.joining(" or ")));
        }
    }

    /** The table's spelling of the slot, or the alias the policy bound it by. */
    private static String declaredName(Slot slot, String boundName) {
        return slot.name().equalsIgnoreCase(boundName) ? slot.name() : boundName;
    }

    /** Every name a policy may bind, aliases after the name the reference's table uses. */
    private static String names(List<Slot> slots) {
        if (slots.isEmpty()) {
            return "none";
        }
        return slots.stream().flatMap(slot -> Stream.concat(Stream.of(slot.name()), slot.aliases().stream()))
                .collect(Collectors.joining(", "));
    }
}
