package io.trustframe.identity.graph;

/** A request the Graph-shaped API refuses; {@link GraphErrors} turns it into Graph's error body. */
public final class GraphException extends RuntimeException {

    private final GraphError error;

    public GraphException(GraphError error, String message) {
        super(message);
        this.error = error;
    }

    public GraphError error() {
        return error;
    }

    public static GraphException badRequest(String message) {
        return new GraphException(GraphError.BAD_REQUEST, message);
    }

    public static GraphException notFound(String id) {
        return new GraphException(GraphError.NOT_FOUND,
                "Resource '" + id + "' does not exist or one of its queried reference-property objects are not present.");
    }
}
