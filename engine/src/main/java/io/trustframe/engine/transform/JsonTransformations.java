package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.DATE_TIME;
import static io.trustframe.engine.claims.DataType.INT;
import static io.trustframe.engine.claims.DataType.LONG;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.claims.DataType.STRING_COLLECTION;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "JSON claims transformations" reference page. */
final class JsonTransformations {

    private static final String FAMILY = "JSON";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("CreateJsonArray", FAMILY)
                        .inputClaim("inputClaim", STRING)
                        .outputClaim("outputClaim", STRING),
                        JsonTransformations::createJsonArray),
                RegisteredMethod.of(method("GenerateJson", FAMILY)
                        .outputClaim("outputClaim", STRING)
                        .otherInputClaims().otherInputParameters(),
                        JsonTransformations::generateJson),
                RegisteredMethod.of(method("GetClaimFromJson", FAMILY)
                        .inputClaim("inputJson", STRING)
                        .parameter("claimToExtract", STRING)
                        .outputClaim("extractedClaim", STRING, INT, LONG, BOOLEAN, DATE_TIME),
                        JsonTransformations::getClaimFromJson),
                RegisteredMethod.of(jsonArraySignature("GetClaimsFromJsonArray", STRING),
                        (in, ctx) -> claimsFromKeyValueItems(in, items(read(in, "jsonSource")))),
                RegisteredMethod.of(jsonArraySignature("GetClaimsFromJsonArrayV2", STRING_COLLECTION),
                        JsonTransformations::getClaimsFromJsonArrayV2),
                RegisteredMethod.of(method("GetNumericClaimFromJson", FAMILY)
                        .inputClaim("inputJson", STRING)
                        .parameter("claimToExtract", STRING)
                        .outputClaim("extractedClaim", LONG),
                        JsonTransformations::getNumericClaimFromJson),
                RegisteredMethod.of(method("GetSingleItemFromJson", FAMILY)
                        .inputClaim("inputJson", STRING)
                        .outputClaim("key", STRING)
                        .outputClaim("value", STRING),
                        JsonTransformations::getSingleItemFromJson),
                RegisteredMethod.of(method("GetSingleValueFromJsonArray", FAMILY)
                        .inputClaim("inputJsonClaim", STRING)
                        .outputClaim("extractedClaim", STRING),
                        JsonTransformations::getSingleValueFromJsonArray),
                RegisteredMethod.of(method("XmlStringToJsonString", FAMILY)
                        .inputClaim("xml", STRING)
                        .outputClaim("json", STRING),
                        (in, ctx) -> TransformationResult.Produced.of("json",
                                ClaimValue.of(JSON.writeValueAsString(XmlToJson.convert(in.requiredClaim("xml").asString()))))));
    }

    private static MethodSignature.Builder jsonArraySignature(String name, DataType sourceType) {
        return method(name, FAMILY)
                // The reference's table names the input jsonSourceClaim, its example jsonSource.
                .inputClaim(Slot.required("jsonSource", sourceType).alsoNamed("jsonSourceClaim"))
                .optionalParameter("errorOnMissingClaims", BOOLEAN)
                // Typed string in the reference's table and boolean in its example.
                .optionalParameter("includeEmptyClaims", BOOLEAN, STRING)
                .parameter("jsonSourceKeyName", STRING)
                .parameter("jsonSourceValueName", STRING)
                .otherOutputClaims();
    }

    private static TransformationResult createJsonArray(TransformationInput in, TransformationContext ctx) {
        ArrayNode array = JSON.createArrayNode();
        array.add(in.requiredClaim("inputClaim").asString());
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(JSON.writeValueAsString(array)));
    }

    /**
     * Each input claim's TransformationClaimType and each input parameter's Id is a dot path into the document; integer
     * segments index arrays, which must be filled from 0 without gaps (input claims first, parameters continue).
     * Claim values are inserted as plain values: a claim holding JSON text becomes an escaped string (documented).
     */
    private static TransformationResult generateJson(TransformationInput in, TransformationContext ctx) {
        ObjectNode root = JSON.createObjectNode();
        for (TransformationInput.InputClaim claim : in.inputClaims()) {
            if (claim.value().isPresent()) {
                insert(root, claim.transformationClaimType(), jsonValue(claim.value().get()));
            }
        }
        for (TransformationInput.InputParameter parameter : in.parameters()) {
            insert(root, parameter.id(), jsonValue(parameter.typedValue()));
        }
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(JSON.writeValueAsString(root)));
    }

    private static JsonNode jsonValue(ClaimValue value) {
        if (value instanceof ClaimValue.IntValue i) {
            return JSON.getNodeFactory().numberNode(i.value());
        }
        if (value instanceof ClaimValue.LongValue l) {
            return JSON.getNodeFactory().numberNode(l.value());
        }
        if (value instanceof ClaimValue.BooleanValue b) {
            return JSON.getNodeFactory().booleanNode(b.value());
        }
        return JSON.getNodeFactory().stringNode(value.asString());
    }

    private static void insert(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.", -1);
        JsonNode container = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            JsonNode next = last ? value : isIndex(segments[i + 1]) ? JSON.createArrayNode() : JSON.createObjectNode();
            container = child(container, segment, next, last, path);
        }
    }

    private static JsonNode child(JsonNode container, String segment, JsonNode fresh, boolean last, String path) {
        if (!container.isContainer() || (container.isArray() && !isIndex(segment))) {
            throw new TransformationException("'" + path + "' conflicts with another path at '" + segment + "'");
        }
        if (container instanceof ArrayNode array) {
            int index = Integer.parseInt(segment);
            if (index < array.size()) {
                if (last) {
                    array.set(index, fresh);
                    return fresh;
                }
                return array.get(index);
            }
            if (index > array.size()) {
                throw new TransformationException("'" + path + "' skips array index " + array.size());
            }
            array.add(fresh);
            return fresh;
        }
        ObjectNode object = (ObjectNode) container;
        JsonNode existing = object.get(segment);
        if (existing != null && !last) {
            if (existing.isArray() != fresh.isArray() || existing.isValueNode()) {
                throw new TransformationException("'" + path + "' conflicts with another path at '" + segment + "'");
            }
            return existing;
        }
        object.set(segment, fresh);
        return fresh;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /** claimToExtract names a top-level element; a dot path reaches into nested objects. Missing leaves the output unset. */
    private static TransformationResult getClaimFromJson(TransformationInput in, TransformationContext ctx) {
        JsonNode json = read(in, "inputJson");
        String name = in.requiredParameter("claimToExtract");
        Optional<JsonNode> found = find(json, name);
        if (found.isEmpty()) {
            return TransformationResult.Produced.nothing();
        }
        DataType target = in.outputClaim("extractedClaim").map(TransformationInput.OutputClaim::dataType).orElse(STRING);
        return TransformationResult.Produced.of("extractedClaim", ClaimValues.as(target, text(found.get())));
    }

    private static TransformationResult getNumericClaimFromJson(TransformationInput in, TransformationContext ctx) {
        JsonNode json = read(in, "inputJson");
        String name = in.requiredParameter("claimToExtract");
        Optional<JsonNode> found = find(json, name);
        if (found.isEmpty()) {
            return TransformationResult.Produced.nothing();
        }
        if (!found.get().isIntegralNumber()) {
            throw new TransformationException("'" + name + "' is not a whole number: " + found.get());
        }
        return TransformationResult.Produced.of("extractedClaim", new ClaimValue.LongValue(found.get().longValue()));
    }

    private static Optional<JsonNode> find(JsonNode json, String name) {
        JsonNode direct = json.get(name);
        if (direct != null && !direct.isNull()) {
            return Optional.of(direct);
        }
        JsonNode node = json;
        for (String segment : name.split("\\.")) {
            node = node == null ? null : node.isArray() && isIndex(segment) ? node.get(Integer.parseInt(segment)) : node.get(segment);
        }
        return Optional.ofNullable(node).filter(n -> !n.isNull() && !n.isMissingNode());
    }

    private static TransformationResult getClaimsFromJsonArrayV2(TransformationInput in, TransformationContext ctx) {
        List<JsonNode> items = new ArrayList<>();
        for (String element : ClaimValues.strings("jsonSource", in.requiredClaim("jsonSource"))) {
            items.add(parse(element));
        }
        return claimsFromKeyValueItems(in, items);
    }

    /**
     * Every output claim is looked up by its name among {key, value} items; values are converted to the output claim's
     * data type. Empty values are skipped unless includeEmptyClaims; a missing claim fails only with
     * errorOnMissingClaims.
     */
    private static TransformationResult claimsFromKeyValueItems(TransformationInput in, List<JsonNode> items) {
        String keyName = in.requiredParameter("jsonSourceKeyName");
        String valueName = in.requiredParameter("jsonSourceValueName");
        boolean includeEmpty = in.booleanParameter("includeEmptyClaims", false);
        boolean errorOnMissing = in.booleanParameter("errorOnMissingClaims", false);
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        for (TransformationInput.OutputClaim output : in.outputClaims()) {
            Optional<JsonNode> value = items.stream()
                    .filter(item -> item.path(keyName).isString()
                            && item.path(keyName).stringValue().equalsIgnoreCase(output.transformationClaimType()))
                    .map(item -> item.get(valueName))
                    .filter(v -> v != null && !v.isNull())
                    .findFirst();
            if (value.isEmpty()) {
                if (errorOnMissing) {
                    throw new TransformationException("the JSON has no item '" + output.transformationClaimType() + "'");
                }
                continue;
            }
            String text = text(value.get());
            if (text.isEmpty() && !includeEmpty) {
                continue;
            }
            values.put(output.transformationClaimType(), text.isEmpty()
                    ? ClaimValue.of(text) : ClaimValues.as(output.dataType(), text));
        }
        return new TransformationResult.Produced(values, Set.of());
    }

    private static TransformationResult getSingleItemFromJson(TransformationInput in, TransformationContext ctx) {
        Iterator<Map.Entry<String, JsonNode>> properties = read(in, "inputJson").properties().iterator();
        if (!properties.hasNext()) {
            return TransformationResult.Produced.nothing();
        }
        Map.Entry<String, JsonNode> first = properties.next();
        Map<String, ClaimValue> values = new LinkedHashMap<>();
        values.put("key", ClaimValue.of(first.getKey()));
        values.put("value", ClaimValue.of(text(first.getValue())));
        return new TransformationResult.Produced(values, Set.of());
    }

    private static TransformationResult getSingleValueFromJsonArray(TransformationInput in, TransformationContext ctx) {
        JsonNode array = read(in, "inputJsonClaim");
        if (!array.isArray()) {
            throw new TransformationException("inputJsonClaim is not a JSON array");
        }
        return array.isEmpty()
                ? TransformationResult.Produced.nothing()
                : TransformationResult.Produced.of("extractedClaim", ClaimValue.of(text(array.get(0))));
    }

    private static List<JsonNode> items(JsonNode array) {
        if (!array.isArray()) {
            throw new TransformationException("jsonSource is not a JSON array");
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode read(TransformationInput in, String name) {
        return parse(in.requiredClaim(name).asString());
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new TransformationException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A JSON string gives its text; numbers and booleans their literal; objects and arrays their JSON. */
    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : node.isValueNode() ? node.asString() : JSON.writeValueAsString(node);
    }
}
