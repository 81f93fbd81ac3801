package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy may bind to a method, as the B2C claims transformation reference documents it, including where the
 * reference contradicts itself (a slot then accepts every documented type, or every documented name). This is the one
 * table of the contract: the policy validator checks ClaimsTransformation elements against it, and
 * {@link RegisteredMethod#apply} uses it to present a slot bound under an alias to the method under its name.
 *
 * @param name                  the TransformationMethod value, in the documentation's spelling
 * @param family                the reference page the method is documented on (Boolean, Date, …)
 * @param inputClaims           declared input claims by TransformationClaimType
 * @param inputParameters       declared input parameters by Id
 * @param outputClaims          declared output claims by TransformationClaimType
 * @param otherInputClaims      true when the method also takes input claims it does not name (GenerateJson paths,
 *                              FormatLocalizedString arguments, BuildUri query items)
 * @param otherInputParameters  true when the method also takes parameters it does not name (LookupValue's table,
 *                              GenerateJson constants)
 * @param otherOutputClaims     true when output claims are named by the policy (GetClaimsFromJsonArray,
 *                              GetLocalizedStringsTransformation, SetClaimsIfRegexMatch groups)
 * @param otherNamesPrefix      what the names a policy chooses must start with (BuildUri's {@code query.}); empty
 *                              when any name goes
 * @param userMessageMetadataKey the technical-profile metadata key that supplies the user message when the method
 *                              fails an assertion, e.g. {@code UserMessageIfClaimsTransformationStringsAreNotEqual}
 */
public record MethodSignature(
        String name,
        String family,
        List<Slot> inputClaims,
        List<Slot> inputParameters,
        List<Slot> outputClaims,
        boolean otherInputClaims,
        boolean otherInputParameters,
        boolean otherOutputClaims,
        String otherNamesPrefix,
        Optional<String> userMessageMetadataKey) {

    public MethodSignature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        inputClaims = List.copyOf(inputClaims);
        inputParameters = List.copyOf(inputParameters);
        outputClaims = List.copyOf(outputClaims);
        Objects.requireNonNull(otherNamesPrefix, "otherNamesPrefix");
        Objects.requireNonNull(userMessageMetadataKey, "userMessageMetadataKey");
    }

    public static Builder method(String name, String family) {
        return new Builder(name, family);
    }

    public Optional<Slot> inputClaim(String transformationClaimType) {
        return find(inputClaims, transformationClaimType);
    }

    public Optional<Slot> inputParameter(String id) {
        return find(inputParameters, id);
    }

    public Optional<Slot> outputClaim(String transformationClaimType) {
        return find(outputClaims, transformationClaimType);
    }

    /**
     * Whether the method takes an input claim bound as {@code transformationClaimType} that it does not declare;
     * {@code null} stands for an input claim without a TransformationClaimType.
     */
    public boolean takesOtherInputClaim(String transformationClaimType) {
        return otherInputClaims && otherName(transformationClaimType);
    }

    public boolean takesOtherInputParameter(String id) {
        return otherInputParameters && otherName(id);
    }

    /** Like {@link #takesOtherInputClaim}, for output claims. */
    public boolean takesOtherOutputClaim(String transformationClaimType) {
        return otherOutputClaims && otherName(transformationClaimType);
    }

    private boolean otherName(String name) {
        return otherNamesPrefix.isEmpty()
                || name != null && name.regionMatches(true, 0, otherNamesPrefix, 0, otherNamesPrefix.length());
    }

    private static Optional<Slot> find(List<Slot> slots, String name) {
        return slots.stream().filter(slot -> slot.isNamed(name)).findFirst();
    }

    /** The input as the method reads it: claims and parameters bound under an alias appear under the slot's name. */
    TransformationInput canonical(TransformationInput bound) {
        return new TransformationInput(
                bound.inputClaims().stream().map(c -> new TransformationInput.InputClaim(
                        canonicalName(inputClaims, c.transformationClaimType()), c.claimTypeReferenceId(), c.value()))
                        .toList(),
                bound.parameters().stream().map(p -> new TransformationInput.InputParameter(
                        canonicalName(inputParameters, p.id()), p.dataType(), p.value())).toList(),
                bound.outputClaims().stream().map(o -> new TransformationInput.OutputClaim(
                        canonicalName(outputClaims, o.transformationClaimType()), o.claimTypeReferenceId(),
                        o.dataType(), o.restriction(), o.predicates())).toList());
    }

    /**
     * The result as the policy bound its output claims: a value for a slot goes to the alias it was bound by, in the
     * data type of the claim it lands in. Slots accept types B2C converts between (a long result into an int claim,
     * a string into a boolean one), so a value that does not convert fails here, as a result, not as an exception.
     */
    TransformationResult asBound(TransformationResult result, TransformationInput bound) {
        if (!(result instanceof TransformationResult.Produced produced)) {
            return result;
        }
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        produced.values().forEach((key, value) -> {
            String name = boundName(bound, key);
            values.put(name, bound.outputClaim(name).map(output -> value.convertTo(output.dataType())).orElse(value));
        });
        Set<String> cleared = new LinkedHashSet<>();
        produced.cleared().forEach(key -> cleared.add(boundName(bound, key)));
        return new TransformationResult.Produced(values, cleared);
    }

    private String boundName(TransformationInput bound, String slotName) {
        Optional<Slot> slot = outputClaim(slotName);
        if (slot.isEmpty()) {
            return slotName;
        }
        return bound.outputClaims().stream().map(TransformationInput.OutputClaim::transformationClaimType)
                .filter(slot.get()::isNamed)
                .findFirst()
                .orElse(slotName);
    }

    private static String canonicalName(List<Slot> slots, String boundName) {
        return find(slots, boundName).map(Slot::name).orElse(boundName);
    }

    /** Fluent construction, so a family's table reads like the documentation's tables. */
    public static final class Builder {
        private final String name;
        private final String family;
        private final List<Slot> inputClaims = new ArrayList<>();
        private final List<Slot> inputParameters = new ArrayList<>();
        private final List<Slot> outputClaims = new ArrayList<>();
        private boolean otherInputClaims;
        private boolean otherInputParameters;
        private boolean otherOutputClaims;
        private String otherNamesPrefix = "";
        private String userMessageMetadataKey;

        private Builder(String name, String family) {
            this.name = name;
            this.family = family;
        }

        public Builder inputClaim(String name, DataType first, DataType... more) {
            inputClaims.add(Slot.required(name, first, more));
            return this;
        }

        public Builder optionalInputClaim(String name, DataType first, DataType... more) {
            inputClaims.add(Slot.optional(name, first, more));
            return this;
        }

        public Builder inputClaim(Slot slot) {
            inputClaims.add(slot);
            return this;
        }

        public Builder parameter(Slot slot) {
            inputParameters.add(slot);
            return this;
        }

        public Builder outputClaim(Slot slot) {
            outputClaims.add(slot);
            return this;
        }

        public Builder parameter(String id, DataType first, DataType... more) {
            inputParameters.add(Slot.required(id, first, more));
            return this;
        }

        public Builder optionalParameter(String id, DataType first, DataType... more) {
            inputParameters.add(Slot.optional(id, first, more));
            return this;
        }

        public Builder outputClaim(String name, DataType first, DataType... more) {
            outputClaims.add(Slot.required(name, first, more));
            return this;
        }

        public Builder optionalOutputClaim(String name, DataType first, DataType... more) {
            outputClaims.add(Slot.optional(name, first, more));
            return this;
        }

        public Builder otherInputClaims() {
            otherInputClaims = true;
            return this;
        }

        public Builder otherInputParameters() {
            otherInputParameters = true;
            return this;
        }

        public Builder otherOutputClaims() {
            otherOutputClaims = true;
            return this;
        }

        /** The names a policy chooses must start with {@code prefix}. */
        public Builder otherNamesStartWith(String prefix) {
            otherNamesPrefix = prefix;
            return this;
        }

        public Builder userMessageMetadataKey(String key) {
            userMessageMetadataKey = key;
            return this;
        }

        public MethodSignature build() {
            return new MethodSignature(name, family, inputClaims, inputParameters, outputClaims, otherInputClaims,
                    otherInputParameters, otherOutputClaims, otherNamesPrefix, Optional.ofNullable(userMessageMetadataKey));
        }
    }
}
