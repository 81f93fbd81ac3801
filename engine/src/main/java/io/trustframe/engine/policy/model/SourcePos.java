package io.trustframe.engine.policy.model;

/**
 * Where an element was written: the display name of its file, the policy it belongs to, the line and column
 * of its start tag (1-based) and its element path, so that every message can point at it like a compiler does.
 */
public record SourcePos(String file, String policyId, int line, int column, String path) {

    /** For elements that exist only because the engine created them (never shown to users as a location). */
    public static final SourcePos NONE = new SourcePos("<none>", "", 0, 0, "");

    public String fileLineColumn() {
        return file + ":" + line + ":" + column;
    }
}
