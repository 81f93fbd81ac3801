package io.trustframe.launcher;

/** Turns a failure into the one line a user reads: the deepest message, without class names or stack. */
final class OneLine {

    private OneLine() {
    }

    static String of(Throwable failure) {
        if (failure instanceof PortInUseException) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
