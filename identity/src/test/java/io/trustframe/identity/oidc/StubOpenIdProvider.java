package io.trustframe.identity.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local OpenID Connect identity provider for tests (the edge of the machine: the internet's IdPs): discovery, an
 * authorization endpoint that signs the user in at once and answers by {@code form_post}, a token endpoint that
 * redeems each code once for an RS256 id_token carrying the authorization request's nonce, and its JWKS.
 */
final class StubOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "trustframe-at-contoso";
    static final String CLIENT_SECRET = "contoso-idp-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    /** The claims of the user who signs in at the provider next. */
    volatile Map<String, Object> user = Map.of("sub", "contoso-user-1", "given_name", "Grace", "family_name", "Hopper",
            "name", "Grace Hopper", "email", "grace@contoso.example");
    /** When set, the authorization endpoint refuses with this OAuth error instead of signing the user in. */
    volatile String refusal;

    StubOpenIdProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                "application/json", """
                        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                         "jwks_uri":"%1$s/keys","response_types_supported":["code"],"id_token_signing_alg_values_supported":["RS256"]}"""
                        .formatted(issuer())));
        server.createContext("/keys", exchange -> respond(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String metadataUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        Map<String, String> answer = new LinkedHashMap<>();
        if (refusal != null) {
            answer.put("error", refusal);
            answer.put("error_description", "The user denied the request.");
        } else {
            String code = UUID.randomUUID().toString();
            codes.put(code, query);
            answer.put("code", code);
        }
        answer.put("state", query.get("state"));
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"" + query.get("redirect_uri") + "\">");
        answer.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(name)
                .append("\" value=\"").append(value).append("\">"));
        respond(exchange, 200, "text/html", form.append("</form>").toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> authorization = codes.remove(form.getOrDefault("code", ""));
        if (authorization == null || !CLIENT_ID.equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))
                || !authorization.get("redirect_uri").equals(form.get("redirect_uri"))) {
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("nonce", authorization.get("nonce"));
        user.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        respond(exchange, 200, "application/json",
                "{\"id_token\":\"" + jwt.serialize() + "\",\"token_type\":\"Bearer\",\"access_token\":\"at\"}");
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
