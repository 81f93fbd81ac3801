package io.trustframe.engine.claims;

/** A string could not be read as a value of the claim's data type. */
public final class ClaimValueFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ClaimValueFormatException(DataType type, String text, String reason) {
        super("'" + text + "' is not a valid " + type.schemaName() + (reason == null ? "" : ": " + reason));
    }
}
