package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValueFormatException;

import java.util.Objects;

/** A row of the registry: a method's declaration and its implementation. */
public record RegisteredMethod(MethodSignature signature, ClaimsTransformationMethod implementation) {

    public RegisteredMethod {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(implementation, "implementation");
    }

    public static RegisteredMethod of(MethodSignature.Builder signature, ClaimsTransformationMethod implementation) {
        return new RegisteredMethod(signature.build(), implementation);
    }

    public String name() {
        return signature.name();
    }

    /**
     * Runs the method. Bad input that B2C answers with an exception (a missing required claim, a value of the wrong
     * shape) comes back as {@link TransformationResult.Failed}, never as a Java exception.
     */
    public TransformationResult apply(TransformationInput input, TransformationContext context) {
        try {
            return implementation.transform(input, context);
        } catch (TransformationException | ClaimValueFormatException e) {
            return new TransformationResult.Failed(signature.name() + ": " + e.getMessage());
        }
    }
}
