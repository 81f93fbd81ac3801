package io.trustframe.engine.policy;

import io.trustframe.engine.policy.model.SourcePos;

/**
 * One finding about a policy, compiler style: where (file, line, column, policy id, element path), what is wrong
 * and what was expected (both in {@code message}).
 */
public record Diagnostic(Severity severity, SourcePos pos, String message) {

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message [policy B2C_1A_…, TrustFrameworkPolicy/…]}. */
    public String format() {
        StringBuilder line = new StringBuilder()
                .append(pos.fileLineColumn()).append(": ").append(severity.label()).append(": ").append(message);
        if (!pos.policyId().isEmpty() || !pos.path().isEmpty()) {
            line.append(" [");
            if (!pos.policyId().isEmpty()) {
                line.append("policy ").append(pos.policyId());
            }
            if (!pos.path().isEmpty()) {
                line.append(pos.policyId().isEmpty() ? "" : ", ").append(pos.path());
            }
            line.append(']');
        }
        return line.toString();
    }
}
