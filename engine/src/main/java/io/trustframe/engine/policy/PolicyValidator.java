package io.trustframe.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.trustframe.engine.policy.validate.PolicyChecks;

/**
 * Validates loaded policies the way B2C does on upload: everything the loader found (malformed files, broken
 * inheritance) plus dangling references, duplicate Ids, unknown protocols and handlers, transformation type
 * mismatches and journeys that cannot run. A finding reported by several relying parties that share a base
 * policy appears once.
 */
public final class PolicyValidator {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column());

    private PolicyValidator() {
    }

    public static ValidationReport validate(PolicySet policies) {
        List<Diagnostic> all = new ArrayList<>(policies.diagnostics());
        all.addAll(PolicyChecks.check(policies));
        List<Diagnostic> distinct = new ArrayList<>(PolicyLoader.distinct(all));
        // An element one relying party uses and another does not is reported once, as the error.
        distinct.removeIf(d -> !d.isError() && distinct.stream().anyMatch(e -> e.isError()
                && e.pos().equals(d.pos()) && d.message().startsWith(e.message())));
        distinct.sort(BY_POSITION);
        return new ValidationReport(List.copyOf(distinct));
    }
}
