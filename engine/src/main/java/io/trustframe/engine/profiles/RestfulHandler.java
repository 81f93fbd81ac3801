package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.spi.ClientCertificate;
import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.HttpCaller.HttpRequest;
import io.trustframe.engine.spi.HttpCaller.HttpResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RestfulProvider through the {@link HttpCaller} port. The input claims go out as SendClaimsIn says (Body as JSON,
 * Form, Header, QueryString, or Url placeholders {claim}); AuthenticationType None, Basic, Bearer, ApiKeyHeader or
 * ClientCertificate (presented in the TLS handshake) takes its credentials from policy keys; the response's JSON (or form) properties are matched to the output claims' partner
 * names, as JSON paths when ResolveJsonPathsInJsonTokens is true. B2C's error contract: a 4xx answer whose JSON has a
 * userMessage shows that message to the user (on the page, as a validation profile); any other failure is AADB2C90075.
 * ClaimsFormat is never read: the RESTful technical profile reference lists it as "Not currently used, can be ignored"
 * (older revisions described it as the output claims' format), so a JSON answer is read as JSON whatever it says.
 */
final class RestfulHandler implements ProfileHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** B2C waits at most 30 seconds for a RESTful claims exchange. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String REQUEST_FAILED = "DefaultUserMessageIfRequestFailed";

    @Override
    public ProfileResult run(ProfileRun run) {
        Map<String, String> inputs = run.inputs();
        String url = run.metadata("ServiceUrl");
        if (url == null || url.isBlank()) {
            return new ProfileResult.Error(B2cError.AADB2C90075, "The RESTful profile " + run.profile().id() + " has no ServiceUrl.");
        }
        String sendIn = run.metadata("SendClaimsIn", "Body").strip().toLowerCase(Locale.ROOT);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        byte[] body = null;
        String method = "POST";
        switch (sendIn) {
            case "form":
                body = form(inputs).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
                break;
            case "header":
                inputs.forEach((name, value) -> headers.put(name, List.of(value)));
                method = "GET";
                break;
            case "querystring":
                url = url + (url.contains("?") ? "&" : "?") + form(inputs);
                method = "GET";
                break;
            case "url":
                for (Map.Entry<String, String> input : inputs.entrySet()) {
                    // A path segment, not a form value: spaces are %20.
                    url = url.replace("{" + input.getKey() + "}",
                            URLEncoder.encode(input.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
                }
                method = "GET";
                break;
            default:
                body = jsonBody(run).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", List.of("application/json"));
        }
        Optional<String> authenticationProblem = authenticate(run, headers);
        if (authenticationProblem.isPresent()) {
            return new ProfileResult.Error(B2cError.AADB2C90075, authenticationProblem.get());
        }
        HttpResponse response = run.ports().http().call(
                new HttpRequest(method, url, headers, body, TIMEOUT, clientCertificate(run).orElse(null)));
        if (response.status() == 0) {
            return requestFailed(run);
        }
        if (!response.isSuccess()) {
            return error(run, response);
        }
        return ProfileResult.Done.of(outputs(run, response));
    }

    /**
     * The documented error contract: 400/409 (any 4xx here) with a JSON userMessage is shown as is; any other failure
     * shows the profile's DefaultUserMessageIfRequestFailed ("a default customized error message for all REST API
     * exceptions"), else B2C's own message. A service with its own error shape (Twilio's 60202) needs the former.
     * Behind a page, that page's ErrorMessage string DefaultUserMessageIfRequestFailed wins: B2C's way of localizing
     * it (localization string ids, "Restful service error messages").
     */
    private static ProfileResult error(ProfileRun run, HttpResponse response) {
        if (response.status() >= 400 && response.status() < 500) {
            Optional<JsonNode> json = parse(response.bodyText());
            if (json.isPresent() && json.get().path("userMessage").isString()) {
                return new ProfileResult.Error(B2cError.AADB2C90075, json.get().path("userMessage").stringValue());
            }
        }
        return requestFailed(run);
    }

    private static ProfileResult.Error requestFailed(ProfileRun run) {
        String message = run.metadata(REQUEST_FAILED);
        return new ProfileResult.Error(B2cError.AADB2C90075,
                message == null || message.isBlank() ? B2cError.AADB2C90075.defaultMessage() : message, REQUEST_FAILED);
    }

    private static Map<String, String> outputs(ProfileRun run, HttpResponse response) {
        Map<String, String> outputs = new LinkedHashMap<>();
        String text = response.bodyText();
        Optional<JsonNode> json = parse(text);
        boolean paths = run.metadataTrue("ResolveJsonPathsInJsonTokens", false);
        for (ClaimReference output : run.profile().outputClaims()) {
            String name = output.partnerName();
            if (json.isPresent()) {
                JsonNode node = paths ? path(json.get(), name) : property(json.get(), name);
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    outputs.put(name, node.isString() ? node.stringValue() : node.toString());
                }
            } else {
                formValue(text, name).ifPresent(v -> outputs.put(name, v));
            }
        }
        return outputs;
    }

    private static JsonNode property(JsonNode json, String name) {
        JsonNode exact = json.get(name);
        if (exact != null) {
            return exact;
        }
        for (var entry : json.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A JSON path as B2C writes them: dotted names with [n] indexes (e.g. {@code data.emails[0].value}). */
    private static JsonNode path(JsonNode json, String path) {
        JsonNode node = json;
        for (String segment : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (node == null || segment.isEmpty()) {
                continue;
            }
            node = node.isArray() && segment.chars().allMatch(Character::isDigit)
                    ? node.get(Integer.parseInt(segment)) : property(node, segment);
        }
        return node;
    }

    private static Optional<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Body JSON: claims by partner name, typed by their claim type (boolean and numbers as JSON values). */
    private static String jsonBody(ProfileRun run) {
        String payloadClaim = run.profile().metadataOrEmpty().get("ClaimUsedForRequestPayload");
        if (payloadClaim != null) {
            return run.claims().get(payloadClaim).orElse("");
        }
        ObjectNode root = JSON.createObjectNode();
        for (Map.Entry<String, String> input : run.inputs().entrySet()) {
            String type = dataType(run, input.getKey());
            String value = input.getValue();
            try {
                switch (type) {
                    case "boolean" -> root.put(input.getKey(), Boolean.parseBoolean(value));
                    case "int", "long" -> root.put(input.getKey(), Long.parseLong(value.strip()));
                    case "stringcollection" -> root.set(input.getKey(), JSON.readTree(value));
                    default -> root.put(input.getKey(), value);
                }
            } catch (RuntimeException e) {
                root.put(input.getKey(), value);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static String dataType(ProfileRun run, String partnerName) {
        for (ClaimReference input : run.profile().inputClaims()) {
            if (input.partnerName().equalsIgnoreCase(partnerName)) {
                ClaimType type = run.policy().claimTypes().get(input.claimTypeReferenceId());
                return type == null || type.dataType() == null ? "string" : type.dataType().toLowerCase(Locale.ROOT);
            }
        }
        return "string";
    }

    private static Optional<String> authenticate(ProfileRun run, Map<String, List<String>> headers) {
        String type = run.metadata("AuthenticationType", "None").strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "none":
                return Optional.empty();
            case "basic": {
                Optional<String> user = secret(run, "BasicAuthenticationUsername");
                Optional<String> password = secret(run, "BasicAuthenticationPassword");
                if (user.isEmpty() || password.isEmpty()) {
                    return Optional.of("Basic credentials of " + run.profile().id() + " are not in the policy keys.");
                }
                String token = Base64.getEncoder().encodeToString(
                        (user.get() + ":" + password.get()).getBytes(StandardCharsets.UTF_8));
                headers.put("Authorization", List.of("Basic " + token));
                return Optional.empty();
            }
            case "bearer": {
                Optional<String> token = secret(run, "BearerAuthenticationToken");
                if (token.isEmpty()) {
                    return Optional.of("The bearer token of " + run.profile().id() + " is not in the policy keys.");
                }
                headers.put("Authorization", List.of("Bearer " + token.get()));
                return Optional.empty();
            }
            case "apikeyheader": {
                // The key's Id is the header name (e.g. x-functions-key); its value comes from the policy key.
                List<TechnicalProfile.CryptographicKey> keys = run.profile().cryptographicKeys();
                if (keys.isEmpty()) {
                    return Optional.of("ApiKeyHeader of " + run.profile().id() + " names no key.");
                }
                for (TechnicalProfile.CryptographicKey key : keys) {
                    Optional<byte[]> value = run.ports().keys().secret(key.storageReferenceId());
                    if (value.isEmpty()) {
                        return Optional.of("The API key " + key.storageReferenceId() + " is not in the policy keys.");
                    }
                    headers.put(key.id(), List.of(new String(value.get(), StandardCharsets.UTF_8)));
                }
                return Optional.empty();
            }
            case "clientcertificate":
                // The certificate goes with the request and is presented in the TLS handshake, not in a header.
                return clientCertificate(run).isPresent() ? Optional.empty()
                        : Optional.of("The client certificate of " + run.profile().id() + " (CryptographicKeys "
                                + "ClientCertificate) is not in the policy keys.");
            default:
                return Optional.of("AuthenticationType " + type + " is not supported by this engine (see docs/journeys.md).");
        }
    }

    /** The documented CryptographicKeys entry: Key Id="ClientCertificate", an uploaded PKCS#12 policy key. */
    private static Optional<ClientCertificate> clientCertificate(ProfileRun run) {
        if (!"clientcertificate".equalsIgnoreCase(run.metadata("AuthenticationType", "None").strip())) {
            return Optional.empty();
        }
        return run.profile().cryptographicKeys().stream().filter(k -> k.id().equalsIgnoreCase("ClientCertificate"))
                .findFirst().flatMap(k -> run.ports().keys().clientCertificate(k.storageReferenceId()));
    }

    private static Optional<String> secret(ProfileRun run, String keyId) {
        return run.profile().cryptographicKeys().stream().filter(k -> k.id().equalsIgnoreCase(keyId)).findFirst()
                .flatMap(k -> run.ports().keys().secret(k.storageReferenceId()))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static Optional<String> formValue(String text, String name) {
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equalsIgnoreCase(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
