package io.trustframe.verify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parameters of a Twilio API request (form fields or query), read with Twilio's names. Values that do not parse
 * are Verify's 60200 {@code Invalid parameter: <Name>} unless the caller says otherwise.
 */
public final class Form {

    private final Map<String, List<String>> values;

    public Form(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public static Form of(Map<String, String> single) {
        return new Form(single.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    /** The first value of the parameter, if sent and not blank. */
    public Optional<String> text(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty() || list.get(0) == null || list.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(list.get(0));
    }

    public boolean has(String name) {
        return text(name).isPresent();
    }

    /** Twilio booleans are {@code true}/{@code false}. */
    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw TwilioError.invalidParameter(name);
        });
    }

    public Optional<Integer> integer(String name) {
        return text(name).map(value -> {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw TwilioError.invalidParameter(name);
            }
        });
    }

    /** Every sent parameter whose name starts with one of the prefixes, e.g. {@code Totp.}. */
    public Map<String, String> withPrefixes(List<String> prefixes) {
        TreeMap<String, String> result = new TreeMap<>();
        for (String name : values.keySet()) {
            if (prefixes.stream().anyMatch(name::startsWith)) {
                text(name).ifPresent(value -> result.put(name, value));
            }
        }
        return result;
    }
}
