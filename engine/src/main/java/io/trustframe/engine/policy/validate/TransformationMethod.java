package io.trustframe.engine.policy.validate;

import java.util.List;
import java.util.Optional;

import io.trustframe.engine.policy.model.ClaimDataType;

/**
 * The documented signature of one claims-transformation method: its input claims, input parameters and output
 * claims by {@code TransformationClaimType} / {@code Id}, each with its data type ({@code null}: any type).
 * Methods whose claim or parameter names are chosen by the policy (GenerateJson's JSON paths, LookupValue's
 * lookup keys, …) are "open" on that side.
 */
public record TransformationMethod(String name, List<Slot> inputClaims, List<Slot> inputParameters,
        List<Slot> outputClaims, boolean openInputClaims, boolean openInputParameters, boolean openOutputClaims) {

    /** One declared input claim, input parameter or output claim. */
    public record Slot(String name, ClaimDataType dataType) {
    }

    public Optional<Slot> inputClaim(String name) {
        return find(inputClaims, name);
    }

    public Optional<Slot> inputParameter(String name) {
        return find(inputParameters, name);
    }

    public Optional<Slot> outputClaim(String name) {
        return find(outputClaims, name);
    }

    private static Optional<Slot> find(List<Slot> slots, String name) {
        return slots.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
