package io.trustframe.engine.policy;

/** How bad a finding is: errors make a policy unusable, warnings point at something B2C would ignore. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
