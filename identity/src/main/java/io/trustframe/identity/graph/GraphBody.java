package io.trustframe.identity.graph;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A Graph request body, read with Graph's errors: a property of the wrong type is a {@code Request_BadRequest}
 * naming it, and a property the resource does not have is refused rather than silently dropped.
 */
public record GraphBody(JsonNode json, String type) {

    public static GraphBody of(JsonNode json, String type) {
        if (json == null || !json.isObject()) {
            throw GraphException.badRequest("Invalid request body: a JSON object is expected.");
        }
        return new GraphBody(json, type);
    }

    /** Refuses properties outside {@code known}, other than OData annotations and (when allowed) extension attributes. */
    public void onlyProperties(Set<String> known, boolean extensions) {
        for (String name : json.propertyNames()) {
            boolean allowed = known.contains(name) || name.startsWith("@odata.") || (extensions && name.startsWith("extension_"));
            if (!allowed) {
                throw GraphException.badRequest("Property '" + name + "' does not exist on type '" + type + "'.");
            }
        }
    }

    public boolean has(String name) {
        return json.has(name);
    }

    public Optional<String> string(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw invalid(name);
        }
        return Optional.of(value.stringValue());
    }

    public String requiredString(String name) {
        return string(name).filter(value -> !value.isBlank())
                .orElseThrow(() -> GraphException.badRequest("Property '" + name + "' is required."));
    }

    public Optional<Boolean> bool(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid(name);
        }
        return Optional.of(value.booleanValue());
    }

    /** An Int64 of epoch seconds, as trustFrameworkKey's {@code nbf} and {@code exp}. */
    public Optional<Instant> epochSeconds(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name);
        }
        return Optional.of(Instant.ofEpochSecond(value.longValue()));
    }

    /** An Edm.DateTimeOffset such as {@code 2027-01-01T00:00:00Z}. */
    public Optional<Instant> dateTime(String name) {
        return string(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(name);
            }
        });
    }

    public Optional<GraphBody> object(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid(name);
        }
        return Optional.of(new GraphBody(value, type));
    }

    public Optional<List<GraphBody>> objects(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw invalid(name);
        }
        List<GraphBody> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw invalid(name);
            }
            items.add(new GraphBody(item, type));
        }
        return Optional.of(items);
    }

    public Optional<List<String>> strings(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw invalid(name);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw invalid(name);
            }
            items.add(item.stringValue());
        }
        return Optional.of(items);
    }

    /** An extension attribute's value: string, integer, boolean, or null (to remove it). */
    public Object extensionValue(String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.canConvertToInt() ? (Object) value.intValue() : (Object) value.longValue();
        }
        throw invalid(name);
    }

    public Iterable<String> propertyNames() {
        return json.propertyNames();
    }

    private static GraphException invalid(String name) {
        return GraphException.badRequest("Invalid value specified for property '" + name + "'.");
    }
}
