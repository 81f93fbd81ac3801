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
     * shape) comes back as {@link TransformationResult.Failed}, never as a Java exception. The method sees every slot
     * under its declared name, whichever of the slot's names the policy bound it by.
     */
    public TransformationResult apply(TransformationInput input, TransformationContext context) {
        try {
            return signature.asBound(implementation.transform(signature.canonical(input), context), input);
        } catch (TransformationException | ClaimValueFormatException e) {
            return new TransformationResult.Failed(signature.name() + ": " + e.getMessage());
        }
    }
}
