package io.trustframe.engine.journey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Policies carry .NET regular expressions (Restriction patterns, MatchesRegex predicates). Java reads a few of their
 * characters differently inside a character class: {@code [} opens a nested class and {@code &&} intersects, where
 * .NET takes both literally (the starter pack's password pattern has a {@code [} inside its class). Those are escaped
 * before compiling; compiled patterns are cached because policies reuse a handful of them.
 */
final class DotNetRegex {

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private DotNetRegex() {
    }

    static boolean matches(String regex, String value) {
        try {
            return CACHE.computeIfAbsent(regex, r -> Pattern.compile(toJava(r))).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    static String toJava(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (inClass) {
                if (c == ']' && !(out.length() > 0 && out.charAt(out.length() - 1) == '[')
                        && !(out.length() > 1 && out.charAt(out.length() - 1) == '^' && out.charAt(out.length() - 2) == '[')) {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else {
                if (c == '[') {
                    inClass = true;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
