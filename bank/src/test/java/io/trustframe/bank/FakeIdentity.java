package io.trustframe.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays the identity service at the edge of the test, until the real one exists: a JDK HTTP server on a random port
 * that serves one tenant's per-policy metadata and keys in B2C's URL shapes, and mints id_tokens with a test key.
 */
public final class FakeIdentity implements AutoCloseable {

    public static final String TENANT = "contoso.onmicrosoft.com";
    public static final String CLIENT_ID = "bank-client-id";

    private final HttpServer server;
    private final RSAKey key;
    private final BlockingQueue<String> idTokens = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> refusals = new LinkedBlockingQueue<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    public FakeIdentity() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The {@code ida:AadInstance}-style authority pattern pointing at this server. */
    public String aadInstance() {
        return base() + "/{0}/{1}";
    }

    public URI metadataUrl(String policy) {
        return URI.create(base() + "/" + TENANT + "/" + policy + "/v2.0/.well-known/openid-configuration");
    }

    public String issuer() {
        return base() + "/tenant-guid/v2.0/";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token as the step-up policy issues it, adjusted by {@code changes}. */
    public String token(String policy, String subject, Instant issuedAt, Consumer<JWTClaimsSet.Builder> changes) {
        return sign(key, policy, subject, issuedAt, changes);
    }

    /** A well-formed token signed by a key the identity service does not publish. */
    public String tokenSignedByAnotherKey(String policy, String subject, Instant issuedAt,
            Consumer<JWTClaimsSet.Builder> changes) throws JOSEException {
        return sign(new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(), policy, subject, issuedAt, changes);
    }

    private String sign(RSAKey signingKey, String policy, String subject, Instant issuedAt,
            Consumer<JWTClaimsSet.Builder> changes) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofHours(1))))
                .claim("tfp", policy)
                .claim("ver", "1.0");
        changes.accept(claims);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(signingKey.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The id_token the token endpoint answers the next code redemption with. */
    public void answerNextCodeWith(String idToken) {
        idTokens.add(idToken);
    }

    /**
     * The token endpoint refuses the next code redemption as B2C does for a code that was used, expired, or issued by
     * another policy: HTTP 400 {@code invalid_grant} with an {@code AADB2C} description.
     */
    public void refuseNextCode(String description) {
        refusals.add(description);
    }

    /** The form bodies the token endpoint received, in order. */
    public List<String> tokenRequests() {
        return tokenRequests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        // /{tenant}/{policy}/v2.0/.well-known/openid-configuration and /{tenant}/{policy}/discovery/v2.0/keys
        String body = null;
        int status = 200;
        if (path.length == 6 && path[1].equals(TENANT) && path[4].equals(".well-known")) {
            String authority = base() + "/" + TENANT + "/" + path[2];
            body = """
                    {"issuer":"%s","authorization_endpoint":"%s/oauth2/v2.0/authorize",\
                    "token_endpoint":"%s/oauth2/v2.0/token","end_session_endpoint":"%s/oauth2/v2.0/logout",\
                    "jwks_uri":"%s/discovery/v2.0/keys","response_types_supported":["code","id_token","code id_token"],\
                    "subject_types_supported":["pairwise"],"id_token_signing_alg_values_supported":["RS256"],\
                    "scopes_supported":["openid"],"token_endpoint_auth_methods_supported":["client_secret_post","client_secret_basic"]}"""
                    .formatted(issuer(), authority, authority, authority, authority);
        } else if (path.length == 6 && path[1].equals(TENANT) && path[5].equals("keys")) {
            body = new JWKSet(key.toPublicJWK()).toString();
        } else if (path.length == 6 && path[1].equals(TENANT) && path[5].equals("token")
                && exchange.getRequestMethod().equals("POST")) {
            tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String refusal = refusals.poll();
            if (refusal != null) {
                status = 400;
                body = "{\"error\":\"invalid_grant\",\"error_description\":\"%s\"}".formatted(refusal);
            } else {
                String idToken = idTokens.poll();
                body = idToken == null ? null
                        : "{\"token_type\":\"Bearer\",\"access_token\":\"%s\",\"expires_in\":3600,\"id_token\":\"%s\"}"
                                .formatted(idToken, idToken);
            }
        }
        byte[] bytes = (body == null ? "{\"error\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
