package io.trustframe.engine.claims;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** JSON forms of the document-like data types (string collections, alternative security ids, user identities). */
final class ClaimDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimDocuments() {
    }

    static List<String> readStringCollection(String text) {
        String t = text.trim();
        if (t.startsWith("[")) {
            try {
                JsonNode node = JSON.readTree(t);
                List<String> items = new ArrayList<>();
                for (JsonNode item : node) {
                    items.add(item.isString() ? item.stringValue() : item.toString());
                }
                return items;
            } catch (JacksonException notJson) {
                return List.of(text);
            }
        }
        return List.of(text);
    }

    static String writeStringCollection(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return JSON.writeValueAsString(array);
    }

    static AlternativeSecurityId readAlternativeSecurityId(String text) {
        return toAlternativeSecurityId(tree(DataType.ALTERNATIVE_SECURITY_ID, text), text);
    }

    static List<AlternativeSecurityId> readAlternativeSecurityIds(String text) {
        JsonNode node = tree(DataType.ALTERNATIVE_SECURITY_ID_COLLECTION, text);
        if (!node.isArray()) {
            throw new ClaimValueFormatException(DataType.ALTERNATIVE_SECURITY_ID_COLLECTION, text, "expected a JSON array");
        }
        List<AlternativeSecurityId> ids = new ArrayList<>();
        node.forEach(item -> ids.add(toAlternativeSecurityId(item, text)));
        return ids;
    }

    static String write(AlternativeSecurityId id) {
        return JSON.writeValueAsString(node(id));
    }

    static String writeAlternativeSecurityIds(List<AlternativeSecurityId> ids) {
        ArrayNode array = JSON.createArrayNode();
        ids.forEach(id -> array.add(node(id)));
        return JSON.writeValueAsString(array);
    }

    static UserIdentity readUserIdentity(String text) {
        return toUserIdentity(tree(DataType.USER_IDENTITY, text), text);
    }

    static List<UserIdentity> readUserIdentities(String text) {
        JsonNode node = tree(DataType.USER_IDENTITY_COLLECTION, text);
        if (!node.isArray()) {
            throw new ClaimValueFormatException(DataType.USER_IDENTITY_COLLECTION, text, "expected a JSON array");
        }
        List<UserIdentity> identities = new ArrayList<>();
        node.forEach(item -> identities.add(toUserIdentity(item, text)));
        return identities;
    }

    static String write(UserIdentity identity) {
        return JSON.writeValueAsString(node(identity));
    }

    static String writeUserIdentities(List<UserIdentity> identities) {
        ArrayNode array = JSON.createArrayNode();
        identities.forEach(identity -> array.add(node(identity)));
        return JSON.writeValueAsString(array);
    }

    private static JsonNode tree(DataType type, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ClaimValueFormatException(type, text, "not JSON");
        }
    }

    private static AlternativeSecurityId toAlternativeSecurityId(JsonNode node, String text) {
        String issuer = node.path("issuer").asString(null);
        String issuerUserId = node.path("issuerUserId").asString(null);
        if (issuer == null || issuerUserId == null) {
            throw new ClaimValueFormatException(DataType.ALTERNATIVE_SECURITY_ID, text, "needs issuer and issuerUserId");
        }
        return new AlternativeSecurityId(issuer, issuerUserId);
    }

    private static ObjectNode node(AlternativeSecurityId id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("issuer", id.issuer());
        node.put("issuerUserId", id.issuerUserId());
        return node;
    }

    private static UserIdentity toUserIdentity(JsonNode node, String text) {
        String signInType = node.path("signInType").asString(null);
        String issuer = node.path("issuer").asString(null);
        String issuerAssignedId = node.path("issuerAssignedId").asString(null);
        if (signInType == null || issuer == null || issuerAssignedId == null) {
            throw new ClaimValueFormatException(DataType.USER_IDENTITY, text, "needs signInType, issuer and issuerAssignedId");
        }
        return new UserIdentity(signInType, issuer, issuerAssignedId);
    }

    private static ObjectNode node(UserIdentity identity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("signInType", identity.signInType());
        node.put("issuer", identity.issuer());
        node.put("issuerAssignedId", identity.issuerAssignedId());
        return node;
    }
}
