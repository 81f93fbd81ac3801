package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code Predicates/Predicate}: one check on a claim value ({@code Method} IsLengthRange, MatchesRegex, …). */
public record Predicate(SourcePos pos, String id, String method, String helpText, String userHelpText,
        List<Parameter> parameters) {

    /** {@code Parameters/Parameter}: a method argument. */
    public record Parameter(SourcePos pos, String id, String value) {
    }

    public String parameter(String id) {
        return parameters.stream().filter(p -> p.id().equalsIgnoreCase(id)).map(Parameter::value).findFirst()
                .orElse(null);
    }
}
