package io.trustframe.engine.journey;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.Predicate;
import io.trustframe.engine.policy.model.PredicateValidation;
import io.trustframe.engine.policy.model.Reference;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side checks of a claim value against its claim type: the Restriction Pattern, the Restriction enumeration
 * and the PredicateValidation groups (each group passes when at least MatchAtLeast of its predicates pass; all of them
 * when MatchAtLeast is absent). B2C runs these on the server whatever the page script did, and so do we.
 */
public final class PredicateCheck {

    private PredicateCheck() {
    }

    /** The user messages of every failed check; empty when the value is acceptable. */
    public static List<String> errors(RelyingPartyPolicy policy, ClaimType type, String value) {
        List<String> errors = new ArrayList<>();
        if (type == null || value == null) {
            return errors;
        }
        if (type.restriction() != null) {
            var pattern = type.restriction().pattern();
            if (pattern != null && pattern.regularExpression() != null && !value.isEmpty()
                    && !matches(pattern.regularExpression(), value)) {
                errors.add(pattern.helpText() != null && !pattern.helpText().isBlank() ? pattern.helpText()
                        : "Please enter a valid value.");
            }
            var items = type.restriction().enumerations();
            if (!items.isEmpty() && !value.isEmpty() && items.stream().noneMatch(e -> value.equals(e.value()))) {
                errors.add("Please select a valid value.");
            }
        }
        Reference reference = type.predicateValidationReference();
        if (reference != null) {
            PredicateValidation validation = policy.predicateValidations().get(reference.referenceId());
            if (validation != null) {
                for (PredicateValidation.PredicateGroup group : validation.predicateGroups()) {
                    List<String> failed = new ArrayList<>();
                    int passed = 0;
                    for (Reference predicateReference : group.predicateReferences()) {
                        Predicate predicate = policy.predicates().get(predicateReference.referenceId());
                        if (predicate == null || test(predicate, value)) {
                            passed++;
                        } else if (predicate.helpText() != null || predicate.userHelpText() != null) {
                            failed.add(predicate.userHelpText() != null ? predicate.userHelpText() : predicate.helpText());
                        }
                    }
                    int needed = group.matchAtLeast() == null ? group.predicateReferences().size() : group.matchAtLeast();
                    if (passed < needed) {
                        if (group.userHelpText() != null) {
                            errors.add(group.userHelpText());
                        }
                        errors.addAll(failed);
                    }
                }
            }
        }
        return errors;
    }

    static boolean test(Predicate predicate, String value) {
        String method = predicate.method() == null ? "" : predicate.method();
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "islengthrange": {
                int min = intParameter(predicate, "Minimum", 0);
                int max = intParameter(predicate, "Maximum", Integer.MAX_VALUE);
                return value.length() >= min && value.length() <= max;
            }
            case "matchesregex":
                return matches(predicate.parameter("RegularExpression"), value);
            case "includescharacters": {
                String set = predicate.parameter("CharacterSet");
                return set != null && value.chars().anyMatch(c -> inSet(set, (char) c));
            }
            case "isdaterange":
                return inDateRange(predicate, value);
            default:
                return true;
        }
    }

    private static boolean matches(String regex, String value) {
        return regex == null || DotNetRegex.matches(regex, value);
    }

    /** A CharacterSet is written like a regex class body: ranges a-z, A-Z, 0-9 and literal symbols. */
    private static boolean inSet(String set, char c) {
        for (int i = 0; i < set.length(); i++) {
            char from = set.charAt(i);
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                if (c >= from && c <= set.charAt(i + 2)) {
                    return true;
                }
                i += 2;
            } else if (from == '\\' && i + 1 < set.length()) {
                if (set.charAt(++i) == c) {
                    return true;
                }
            } else if (from == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDateRange(Predicate predicate, String value) {
        try {
            LocalDate date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            String min = predicate.parameter("Minimum");
            String max = predicate.parameter("Maximum");
            return (min == null || !date.isBefore(LocalDate.parse(min)))
                    && (max == null || !date.isAfter(LocalDate.parse(max)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int intParameter(Predicate predicate, String id, int defaultValue) {
        String value = predicate.parameter(id);
        try {
            return value == null ? defaultValue : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
