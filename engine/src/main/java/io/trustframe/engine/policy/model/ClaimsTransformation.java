package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code ClaimsTransformations/ClaimsTransformation}: a call of one built-in transformation method. */
public record ClaimsTransformation(SourcePos pos, String id, String transformationMethod,
        List<ClaimReference> inputClaims, List<InputParameter> inputParameters, List<ClaimReference> outputClaims) {

    /** {@code InputParameters/InputParameter}: a literal argument with its declared data type. */
    public record InputParameter(SourcePos pos, String id, String dataType, String value) {
    }
}
