package io.trustframe.engine.journey;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.ClaimValueFormatException;
import io.trustframe.engine.claims.DataType;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.profiles.ProfileResult;
import io.trustframe.engine.transform.TransformationContext;
import io.trustframe.engine.transform.TransformationInput;
import io.trustframe.engine.transform.TransformationMethods;
import io.trustframe.engine.transform.TransformationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one ClaimsTransformation element against the claims bag: binds its input claims (typed by their claim types),
 * parameters and output claims, calls the registered method and writes the produced values back. An assertion
 * failure becomes a user message taken from the calling profile's metadata (the transformation reference's rule).
 */
final class TransformationRunner {

    private final RelyingPartyPolicy policy;
    private final TransformationContext context;

    TransformationRunner(RelyingPartyPolicy policy, TransformationContext context) {
        this.policy = policy;
        this.context = context;
    }

    /**
     * @param messages the calling profile's metadata and localized strings, for assertion messages
     * @return Done (nothing to map: outputs are already in the bag) or Error with the user message
     */
    ProfileResult run(String transformationId, ClaimsBag claims, java.util.function.Function<String, Optional<String>> messages) {
        ClaimsTransformation transformation = policy.claimsTransformations().get(transformationId);
        if (transformation == null) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "unknown claims transformation " + transformationId);
        }
        var method = TransformationMethods.byName(transformation.transformationMethod());
        if (method.isEmpty()) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "unknown method " + transformation.transformationMethod());
        }
        TransformationInput input;
        try {
            input = bind(transformation, claims);
        } catch (ClaimValueFormatException e) {
            return new ProfileResult.Error(B2cError.AADB2C90037, transformationId + ": " + e.getMessage());
        }
        TransformationResult result = method.get().apply(input, context);
        if (result instanceof TransformationResult.Produced produced) {
            try {
                for (ClaimReference output : transformation.outputClaims()) {
                    String slot = slot(output);
                    produced.value(slot).ifPresent(v -> claims.put(claimTypeId(output), v.convertTo(dataType(output)).asString()));
                    if (produced.cleared().stream().anyMatch(c -> c.equalsIgnoreCase(slot))) {
                        claims.remove(claimTypeId(output));
                    }
                }
            } catch (ClaimValueFormatException e) {
                // A value the output claim's data type cannot hold ("abc" into an int claim): B2C throws.
                return new ProfileResult.Error(B2cError.AADB2C90037, transformationId + ": " + e.getMessage());
            }
            return ProfileResult.Done.of(Map.of());
        }
        if (result instanceof TransformationResult.AssertionFailed failed) {
            // The message belongs to the self-asserted profile that shows the page: the key travels with the error
            // so a page profile behind a validation or display-control profile can supply it.
            return new ProfileResult.Error(B2cError.AADB2C90037,
                    messages.apply(failed.metadataKey()).orElse(failed.defaultMessage()), failed.metadataKey());
        }
        return new ProfileResult.Error(B2cError.AADB2C90037,
                transformationId + ": " + ((TransformationResult.Failed) result).message());
    }

    private TransformationInput bind(ClaimsTransformation transformation, ClaimsBag claims) {
        List<TransformationInput.InputClaim> inputs = new ArrayList<>();
        for (ClaimReference input : transformation.inputClaims()) {
            Optional<ClaimValue> value = claims.get(claimTypeId(input)).map(v -> ClaimValue.parse(dataType(input), v));
            inputs.add(new TransformationInput.InputClaim(slot(input), claimTypeId(input), value));
        }
        List<TransformationInput.InputParameter> parameters = new ArrayList<>();
        for (ClaimsTransformation.InputParameter parameter : transformation.inputParameters()) {
            DataType type = DataType.fromSchemaName(parameter.dataType()).orElse(DataType.STRING);
            parameters.add(new TransformationInput.InputParameter(parameter.id(), type,
                    parameter.value() == null ? "" : parameter.value()));
        }
        List<TransformationInput.OutputClaim> outputs = new ArrayList<>();
        for (ClaimReference output : transformation.outputClaims()) {
            ClaimType type = policy.claimTypes().get(output.claimTypeReferenceId());
            List<TransformationInput.RestrictionItem> items = type == null || type.restriction() == null ? List.of()
                    : type.restriction().enumerations().stream()
                    .map(e -> new TransformationInput.RestrictionItem(e.text(), e.value())).toList();
            outputs.add(new TransformationInput.OutputClaim(slot(output), claimTypeId(output), dataType(output), items,
                    value -> PredicateCheck.errors(policy, type, value).isEmpty()));
        }
        return new TransformationInput(inputs, parameters, outputs);
    }

    private static String slot(ClaimReference reference) {
        return reference.transformationClaimType() != null ? reference.transformationClaimType()
                : reference.claimTypeReferenceId();
    }

    private String claimTypeId(ClaimReference reference) {
        ClaimType type = policy.claimTypes().get(reference.claimTypeReferenceId());
        return type == null ? reference.claimTypeReferenceId() : type.id();
    }

    private DataType dataType(ClaimReference reference) {
        return dataType(policy, reference.claimTypeReferenceId());
    }

    static DataType dataType(RelyingPartyPolicy policy, String claimTypeId) {
        ClaimType type = policy.claimTypes().get(claimTypeId);
        if (type == null) {
            return DataType.STRING;
        }
        return DataType.fromSchemaName(type.dataType()).orElse(DataType.STRING);
    }
}
