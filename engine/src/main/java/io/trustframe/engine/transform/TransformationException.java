package io.trustframe.engine.transform;

/** Thrown inside a method for input B2C rejects with an exception; {@link RegisteredMethod#apply} turns it into a result. */
final class TransformationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TransformationException(String message) {
        super(message);
    }
}
