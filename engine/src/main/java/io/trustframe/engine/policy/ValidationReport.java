package io.trustframe.engine.policy;

import java.util.List;

/** What {@link PolicyValidator} found, sorted by file, line and column; valid means no errors. */
public record ValidationReport(List<Diagnostic> diagnostics) {

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    /** One {@code file:line:col: error|warning: message} line per finding. */
    public List<String> lines() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
