package io.trustframe.engine.policy.model;

/**
 * A reference to another element by Id — {@code ReferenceId}, {@code Id} of a {@code PredicateReference},
 * {@code InputClaimsTransformation}, {@code IncludeTechnicalProfile}, … — with where it was written.
 */
public record Reference(SourcePos pos, String referenceId) {
}
