package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code Predicates/Predicate}: one check on a claim value ({@code Method} IsLengthRange, MatchesRegex, …). */
public record Predicate(SourcePos pos, String id, String method, String helpText, String userHelpText,
        List<Parameter> parameters) {

    /** {@code Parameters/Parameter}: a method argument. */
    public record Parameter(SourcePos pos, String id, String value) {
    }

    /** The value of the parameter with this Id (case-insensitive), or {@code null} when absent or empty. */
    public String parameter(String id) {
        for (Parameter parameter : parameters) {
            if (parameter.id().equalsIgnoreCase(id)) {
                return parameter.value();
            }
        }
        return null;
    }
}
