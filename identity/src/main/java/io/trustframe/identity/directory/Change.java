package io.trustframe.identity.directory;

/**
 * One field of a partial update, as a Graph PATCH expresses it: a property absent from the request is kept, a
 * property present is set (to {@code null} clears it).
 */
public sealed interface Change<T> {

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    static <T> Change<T> to(T value) {
        return new To<>(value);
    }

    default T orElse(T current) {
        return this instanceof To<T> to ? to.value() : current;
    }

    record Keep<T>() implements Change<T> {
        private static final Keep<?> INSTANCE = new Keep<>();
    }

    record To<T>(T value) implements Change<T> {
    }
}
