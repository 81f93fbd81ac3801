package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a policy binds to one run of a method: the input claims (with their current values), the input parameters and
 * the output claims (with what the method may need to know about their claim types). Names are looked up
 * case-insensitively because B2C matches TransformationClaimType and parameter Ids that way.
 */
public record TransformationInput(List<InputClaim> inputClaims, List<InputParameter> parameters,
                                  List<OutputClaim> outputClaims) {

    public TransformationInput {
        inputClaims = List.copyOf(inputClaims);
        parameters = List.copyOf(parameters);
        outputClaims = List.copyOf(outputClaims);
    }

    /**
     * A bound input claim. {@code transformationClaimType} is the policy's TransformationClaimType, or the
     * ClaimTypeReferenceId where the policy gives none (FormatLocalizedString's arguments).
     */
    public record InputClaim(String transformationClaimType, String claimTypeReferenceId, Optional<ClaimValue> value) {
        public InputClaim {
            Objects.requireNonNull(transformationClaimType, "transformationClaimType");
            Objects.requireNonNull(claimTypeReferenceId, "claimTypeReferenceId");
            Objects.requireNonNull(value, "value");
        }

        public static InputClaim of(String transformationClaimType, ClaimValue value) {
            return new InputClaim(transformationClaimType, transformationClaimType, Optional.ofNullable(value));
        }

        public static InputClaim absent(String transformationClaimType) {
            return new InputClaim(transformationClaimType, transformationClaimType, Optional.empty());
        }
    }

    /** An InputParameter element as written: Id, DataType and the verbatim Value. */
    public record InputParameter(String id, DataType dataType, String value) {
        public InputParameter {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dataType, "dataType");
            Objects.requireNonNull(value, "value");
        }

        public static InputParameter of(String id, String value) {
            return new InputParameter(id, DataType.STRING, value);
        }

        public static InputParameter of(String id, DataType dataType, String value) {
            return new InputParameter(id, dataType, value);
        }

        /** The value typed by the parameter's DataType. */
        public ClaimValue typedValue() {
            return ClaimValue.parse(dataType, value);
        }
    }

    /**
     * A bound output claim and what its ClaimType declares that a method may consult: the data type, the localized
     * Restriction enumeration (GetMappedValueFromLocalizedCollection) and whether a value passes the claim type's
     * predicates (CopyClaimIfPredicateMatch). As for input claims, {@code transformationClaimType} is the
     * ClaimTypeReferenceId when the policy gives none (GetClaimsFromJsonArray, SetClaimsIfRegexMatch groups).
     */
    public record OutputClaim(String transformationClaimType, String claimTypeReferenceId, DataType dataType,
                              List<RestrictionItem> restriction, Predicate<String> predicates) {
        public OutputClaim {
            Objects.requireNonNull(transformationClaimType, "transformationClaimType");
            Objects.requireNonNull(claimTypeReferenceId, "claimTypeReferenceId");
            Objects.requireNonNull(dataType, "dataType");
            restriction = List.copyOf(restriction);
            Objects.requireNonNull(predicates, "predicates");
        }

        public static OutputClaim of(String transformationClaimType, DataType dataType) {
            return new OutputClaim(transformationClaimType, transformationClaimType, dataType, List.of(), value -> true);
        }
    }

    /** One {@code Restriction/Enumeration} item of a claim type, Text and Value already localized. */
    public record RestrictionItem(String text, String value) {
        public RestrictionItem {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(value, "value");
        }
    }

    public Optional<InputClaim> inputClaim(String transformationClaimType) {
        return inputClaims.stream()
                .filter(c -> c.transformationClaimType().equalsIgnoreCase(transformationClaimType))
                .findFirst();
    }

    /** The value of an input claim, empty when the claim is not bound or has no value. */
    public Optional<ClaimValue> claim(String transformationClaimType) {
        return inputClaim(transformationClaimType).flatMap(InputClaim::value);
    }

    /** The value of an input claim B2C needs: absent means the transformation fails. */
    public ClaimValue requiredClaim(String transformationClaimType) {
        return claim(transformationClaimType).orElseThrow(() -> new TransformationException(
                "input claim '" + transformationClaimType + "' has no value"));
    }

    public Optional<InputParameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<String> parameterValue(String id) {
        return parameter(id).map(InputParameter::value);
    }

    public String requiredParameter(String id) {
        return parameterValue(id).orElseThrow(() -> new TransformationException("input parameter '" + id + "' is missing"));
    }

    /** A boolean parameter; policies declare some of them as strings ({@code ignoreCase}), so the DataType is not trusted. */
    public boolean booleanParameter(String id, boolean defaultValue) {
        return parameterValue(id).map(v -> ClaimValues.parseBoolean(id, v)).orElse(defaultValue);
    }

    public Optional<Long> numberParameter(String id) {
        return parameterValue(id).map(v -> ClaimValues.parseNumber(id, v));
    }

    public Optional<OutputClaim> outputClaim(String transformationClaimType) {
        return outputClaims.stream()
                .filter(c -> c.transformationClaimType().equalsIgnoreCase(transformationClaimType))
                .findFirst();
    }
}
