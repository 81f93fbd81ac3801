package io.trustframe.identity.policies;

import java.util.List;

/** An upload B2C would refuse: the compiler-style lines say where and why ({@code file:line:col: error: …}). */
public final class PolicyUploadException extends RuntimeException {

    private final List<String> lines;

    public PolicyUploadException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
