package io.trustframe.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * Runs command lines the way a terminal does and keeps what the last run printed: its standard output and standard
 * error apart, or (with {@link #interleaved()}) in one stream as a screen shows them.
 */
public final class Terminal {

    private final StringWriter out = new StringWriter();
    private final StringWriter err;

    /** A terminal keeping standard output and standard error apart. */
    public Terminal() {
        this(false);
    }

    private Terminal(boolean interleaved) {
        this.err = interleaved ? out : new StringWriter();
    }

    /** A terminal showing standard error among standard output: {@link #out()} holds both. */
    public static Terminal interleaved() {
        return new Terminal(true);
    }

    /** Runs {@code commandLine} with {@code args}: its exit code; what it printed in {@link #out()}, {@link #err()}. */
    public int run(CommandLine commandLine, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
