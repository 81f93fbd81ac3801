package io.trustframe.launcher.admin;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a secret (a policy key, a password) from a file, from standard input ({@code -}), or by asking at the
 * terminal without echo, never from the command line itself, where other users of the machine could read it in the
 * process list. One trailing line break is dropped: {@code echo secret > file} is how such files are made.
 */
final class SecretInput {

    private SecretInput() {
    }

    /**
     * @param file   a file, {@code -} for standard input, or {@code null} to ask at the terminal
     * @param prompt what to ask, e.g. "Password for john@example.com"
     * @param option the option that names the file, for the error when there is no terminal
     */
    static String read(Path file, String prompt, String option) {
        if (file != null) {
            try {
                return chomp(file.toString().equals("-") ? readAll(System.in)
                        : Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AdminApiException("cannot read " + option + " " + file + ": " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new AdminApiException("no terminal to ask for the secret: give " + option + " FILE (or - for standard input)");
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null || typed.length == 0) {
            throw new AdminApiException("nothing was typed");
        }
        return new String(typed);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String chomp(String value) {
        String result = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        result = result.endsWith("\r") ? result.substring(0, result.length() - 1) : result;
        if (result.isEmpty()) {
            throw new AdminApiException("the secret is empty");
        }
        return result;
    }
}
