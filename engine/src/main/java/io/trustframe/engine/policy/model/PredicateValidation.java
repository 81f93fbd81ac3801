package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code PredicateValidations/PredicateValidation}: groups of predicates a claim value must satisfy. */
public record PredicateValidation(SourcePos pos, String id, List<PredicateGroup> predicateGroups) {

    /** {@code PredicateGroup}: at least {@code MatchAtLeast} of its {@code PredicateReferences} must hold. */
    public record PredicateGroup(SourcePos pos, String id, String userHelpText, Integer matchAtLeast,
            List<Reference> predicateReferences) {
    }
}
