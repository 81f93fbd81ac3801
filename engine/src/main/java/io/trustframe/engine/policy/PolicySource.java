package io.trustframe.engine.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One policy file to load: a display name for messages and either a path to read or the text itself.
 *
 * @param name the name messages show (a path as the user typed it, an upload name, …)
 * @param path the file to read, or {@code null} when {@code text} is given
 * @param text the document, or {@code null} when {@code path} is given
 */
public record PolicySource(String name, Path path, String text) {

    public PolicySource {
        Objects.requireNonNull(name, "name");
        if ((path == null) == (text == null)) {
            throw new IllegalArgumentException("give either a path or a text");
        }
    }

    public static PolicySource of(Path path) {
        return new PolicySource(path.toString(), path, null);
    }

    public static PolicySource of(String name, String text) {
        return new PolicySource(name, null, text);
    }
}
