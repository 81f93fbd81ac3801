package io.trustframe.engine.transform;

/**
 * One B2C claims transformation method ({@code TransformationMethod="…"}): reads the bound input claims and input
 * parameters, and answers the values of its output claims, or a B2C failure. Implementations never touch the claims
 * bag, the clock or a random source directly: all of that comes in through the arguments.
 */
@FunctionalInterface
public interface ClaimsTransformationMethod {

    TransformationResult transform(TransformationInput input, TransformationContext context);
}
