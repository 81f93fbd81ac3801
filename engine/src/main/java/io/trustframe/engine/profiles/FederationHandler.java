package io.trustframe.engine.profiles;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.spi.HttpCaller.HttpRequest;
import io.trustframe.engine.spi.HttpCaller.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 and OpenID Connect federation to an external identity provider (authorization code flow). The run answers a
 * redirect to the provider's authorization endpoint (from metadata {@code authorization_endpoint}, or the
 * {@code METADATA} discovery document) with client_id, scope, response_type, response_mode, state and nonce. The
 * callback is checked against the state, the code is redeemed at the token endpoint with the {@code client_secret}
 * policy key, and the claims come from the id_token (OpenID Connect: signature by the provider's JWKS or the client
 * secret, issuer, audience = client_id, nonce, lifetime) or from {@code ClaimsEndpoint} (OAuth2: HttpBinding,
 * BearerTokenTransmissionMethod, ClaimsEndpointAccessTokenName, ClaimsEndpointFormatName/ClaimsEndpointFormat).
 */
final class FederationHandler implements ProfileHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public ProfileResult run(ProfileRun run) {
        Optional<JsonNode> discovery = discovery(run);
        String endpoint = run.metadata("authorization_endpoint");
        if (endpoint == null && discovery.isPresent()) {
            endpoint = text(discovery.get(), "authorization_endpoint");
        }
        String clientId = run.metadata("client_id");
        String callback = run.services().request().federationCallbackUri();
        if (endpoint == null || clientId == null || callback == null) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "Federation profile " + run.profile().id()
                    + " needs an authorization endpoint, a client_id and the service's callback URI.");
        }
        String state = run.services().newRandomValue();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("redirect_uri", callback);
        query.put("response_type", run.metadata("response_types", "code"));
        query.put("response_mode", run.metadata("response_mode", "form_post"));
        query.put("scope", run.metadata("scope", isOidc(run) ? "openid" : ""));
        query.put("state", state);
        if (isOidc(run)) {
            // One random value serves as state and nonce: both only bind the answer to this journey.
            query.put("nonce", state);
        }
        run.inputs().forEach(query::putIfAbsent);
        return new ProfileResult.Redirect(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query), state);
    }

    @Override
    public ProfileResult submit(ProfileRun run, Submission submission) {
        if (!(submission instanceof Submission.FederationCallback callback)) {
            return new ProfileResult.Error(B2cError.AADB2C90273, B2cError.AADB2C90273.defaultMessage());
        }
        Map<String, String> parameters = callback.parameters();
        String expected = run.services().federationState().orElse(null);
        if (expected == null || !expected.equals(parameters.get("state"))) {
            return invalid("the state does not belong to this journey");
        }
        if (parameters.containsKey("error")) {
            // The provider's own refusal (the user cancelled at the provider, access_denied, …).
            return invalid(parameters.get("error") + " " + parameters.getOrDefault("error_description", ""));
        }
        String code = parameters.get("code");
        if (code == null) {
            return invalid("no authorization code");
        }
        Optional<JsonNode> discovery = discovery(run);
        String tokenEndpoint = Optional.ofNullable(run.metadata("AccessTokenEndpoint"))
                .or(() -> Optional.ofNullable(run.metadata("token_endpoint")))
                .or(() -> discovery.map(d -> text(d, "token_endpoint"))).orElse(null);
        if (tokenEndpoint == null) {
            return invalid("no token endpoint");
        }
        String clientId = run.metadata("client_id");
        Optional<String> secret = secret(run);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", run.services().request().federationCallbackUri());
        form.put("client_id", clientId);
        secret.ifPresent(s -> form.put("client_secret", s));
        // HttpBinding GET (Facebook's) puts the token request in the query string; POST (the default) in a form.
        boolean get = "GET".equalsIgnoreCase(run.metadata("HttpBinding", "POST").strip());
        HttpResponse response = run.ports().http().call(get
                ? new HttpRequest("GET", tokenEndpoint + (tokenEndpoint.contains("?") ? "&" : "?") + form(form), Map.of(), null, TIMEOUT)
                : new HttpRequest("POST", tokenEndpoint, Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                form(form).getBytes(StandardCharsets.UTF_8), TIMEOUT));
        Optional<JsonNode> tokens = json(response).or(() -> formAsJson(response));
        if (!response.isSuccess() || tokens.isEmpty()) {
            return invalid("the token endpoint answered " + response.status());
        }
        try {
            if (isOidc(run)) {
                String idToken = text(tokens.get(), "id_token");
                if (idToken == null) {
                    return invalid("no id_token");
                }
                return idTokenClaims(run, SignedJWT.parse(idToken), discovery, clientId, expected, secret);
            }
            return claimsEndpoint(run, text(tokens.get(), "access_token"));
        } catch (ParseException | JOSEException e) {
            return invalid(e.getMessage());
        }
    }

    private static ProfileResult idTokenClaims(ProfileRun run, SignedJWT jwt, Optional<JsonNode> discovery,
                                               String clientId, String nonce, Optional<String> secret)
            throws ParseException, JOSEException {
        boolean verified;
        String alg = jwt.getHeader().getAlgorithm().getName();
        if (alg.startsWith("HS")) {
            verified = secret.isPresent() && jwt.verify(new MACVerifier(secret.get().getBytes(StandardCharsets.UTF_8)));
        } else {
            String jwksUri = discovery.map(d -> text(d, "jwks_uri")).orElse(null);
            if (jwksUri == null) {
                return invalid("no jwks_uri to check the id_token");
            }
            HttpResponse keys = run.ports().http().call(HttpRequest.get(jwksUri, TIMEOUT));
            String kid = jwt.getHeader().getKeyID();
            Optional<RSAKey> key = JWKSet.parse(keys.bodyText()).getKeys().stream()
                    .filter(k -> k instanceof RSAKey && (kid == null || kid.equals(k.getKeyID())))
                    .map(JWK::toRSAKey).findFirst();
            verified = key.isPresent() && jwt.verify(new RSASSAVerifier(key.get()));
        }
        if (!verified) {
            return invalid("the id_token signature does not verify");
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        String issuer = run.metadata("ProviderName") != null && discovery.isEmpty() ? run.metadata("ProviderName")
                : discovery.map(d -> text(d, "issuer")).orElse(null);
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            return invalid("unexpected issuer " + claims.getIssuer());
        }
        if (!claims.getAudience().contains(clientId)) {
            return invalid("the id_token is for another client");
        }
        if (!nonce.equals(claims.getClaim("nonce"))) {
            return invalid("the id_token's nonce does not belong to this journey");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(run.ports().clock().instant())) {
            return invalid("the id_token has expired");
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof Date date) {
                outputs.put(name, Long.toString(date.toInstant().getEpochSecond()));
            } else if (value instanceof List<?> list) {
                outputs.put(name, list.size() == 1 ? String.valueOf(list.get(0)) : JSON.writeValueAsString(list));
            } else if (value != null) {
                outputs.put(name, value.toString());
            }
        });
        return ProfileResult.Done.of(outputs);
    }

    private static ProfileResult claimsEndpoint(ProfileRun run, String accessToken) {
        String endpoint = run.metadata("ClaimsEndpoint");
        if (endpoint == null || accessToken == null) {
            return invalid("no claims endpoint or access token");
        }
        // B2C's default BearerTokenTransmissionMethod is the query string (parameter ClaimsEndpointAccessTokenName,
        // default access_token); AuthorizationHeader sends it as a Bearer header instead.
        boolean header = "AuthorizationHeader".equalsIgnoreCase(run.metadata("BearerTokenTransmissionMethod", "").strip());
        Map<String, String> query = new LinkedHashMap<>();
        if (!header) {
            query.put(run.metadata("ClaimsEndpointAccessTokenName", "access_token"), accessToken);
        }
        String formatName = run.metadata("ClaimsEndpointFormatName");
        String format = run.metadata("ClaimsEndpointFormat");
        if (formatName != null && format != null) {
            query.put(formatName, format);
        }
        String url = query.isEmpty() ? endpoint : endpoint + (endpoint.contains("?") ? "&" : "?") + form(query);
        HttpResponse response = run.ports().http().call(new HttpRequest("GET", url,
                header ? Map.of("Authorization", List.of("Bearer " + accessToken)) : Map.of(), null, TIMEOUT));
        Optional<JsonNode> json = json(response);
        if (!response.isSuccess() || json.isEmpty()) {
            return invalid("the claims endpoint answered " + response.status());
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (var entry : json.get().properties()) {
            JsonNode value = entry.getValue();
            if (!value.isNull()) {
                outputs.put(entry.getKey(), value.isString() ? value.stringValue() : value.toString());
            }
        }
        return ProfileResult.Done.of(outputs);
    }

    private static boolean isOidc(ProfileRun run) {
        return run.profile().protocol() != null && "OpenIdConnect".equalsIgnoreCase(run.profile().protocol().name());
    }

    private static Optional<JsonNode> discovery(ProfileRun run) {
        String url = run.metadata("METADATA");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return json(run.ports().http().call(HttpRequest.get(url, TIMEOUT)));
    }

    private static Optional<String> secret(ProfileRun run) {
        return run.profile().cryptographicKeys().stream().filter(k -> k.id().equalsIgnoreCase("client_secret"))
                .findFirst().flatMap(k -> run.ports().keys().secret(k.storageReferenceId()))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private static Optional<JsonNode> json(HttpResponse response) {
        if (response.body().length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(response.bodyText());
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Older OAuth2 providers answer the token request as a form (AccessTokenResponseFormat other than json). */
    private static Optional<JsonNode> formAsJson(HttpResponse response) {
        String text = response.bodyText();
        if (!text.contains("=")) {
            return Optional.empty();
        }
        var node = JSON.createObjectNode();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                node.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.of(node);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                return;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    private static ProfileResult invalid(String reason) {
        return new ProfileResult.Error(B2cError.AADB2C90273,
                B2cError.AADB2C90273.defaultMessage() + " (" + reason.strip().toLowerCase(Locale.ROOT) + ")");
    }
}
