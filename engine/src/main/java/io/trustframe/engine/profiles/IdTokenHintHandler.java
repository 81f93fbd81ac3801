package io.trustframe.engine.profiles;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.HttpCaller.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The id_token_hint profile (Protocol None). Either metadata METADATA names the issuer's OpenID discovery document,
 * whose {@code issuer} and {@code jwks_uri} keys verify the hint (asymmetric), or metadata {@code issuer} plus the
 * {@code client_secret} key verify it (symmetric). B2C rejects a hint whose signature, issuer, audience
 * (IdTokenAudience, when set) or lifetime (exp, nbf) is wrong; the journey then fails. The hint's claims are output by
 * their names. Without a hint nothing is output.
 */
final class IdTokenHintHandler implements ProfileHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public ProfileResult run(ProfileRun run) {
        String hint = run.services().request().idTokenHint();
        if (hint == null || hint.isBlank()) {
            return ProfileResult.Done.of(Map.of());
        }
        try {
            SignedJWT jwt = SignedJWT.parse(hint);
            Optional<String> problem = verify(run, jwt);
            if (problem.isPresent()) {
                return invalid(problem.get());
            }
            return ProfileResult.Done.of(claims(jwt.getJWTClaimsSet()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return invalid(e.getMessage());
        }
    }

    private static Optional<String> verify(ProfileRun run, SignedJWT jwt) throws ParseException, JOSEException {
        String metadataUrl = run.metadata("METADATA");
        String issuer = run.metadata("issuer");
        JWSVerifier verifier;
        if (metadataUrl != null && !metadataUrl.isBlank()) {
            HttpCaller http = run.ports().http();
            Optional<JsonNode> discovery = json(http.call(HttpRequest.get(metadataUrl, TIMEOUT)));
            if (discovery.isEmpty() || !discovery.get().path("jwks_uri").isString()) {
                return Optional.of("the metadata document has no jwks_uri");
            }
            if (issuer == null && discovery.get().path("issuer").isString()) {
                issuer = discovery.get().path("issuer").stringValue();
            }
            var keysResponse = http.call(HttpRequest.get(discovery.get().path("jwks_uri").stringValue(), TIMEOUT));
            if (!keysResponse.isSuccess()) {
                return Optional.of("the issuer's keys could not be read");
            }
            JWKSet keys = JWKSet.parse(keysResponse.bodyText());
            String kid = jwt.getHeader().getKeyID();
            Optional<RSAKey> key = keys.getKeys().stream()
                    .filter(k -> k instanceof RSAKey && (kid == null || kid.equals(k.getKeyID())))
                    .map(JWK::toRSAKey).findFirst();
            if (key.isEmpty()) {
                return Optional.of("no key of the issuer matches the hint's kid");
            }
            verifier = new RSASSAVerifier(key.get());
        } else {
            Optional<String> container = run.profile().cryptographicKeys().stream()
                    .filter(k -> k.id().equalsIgnoreCase("client_secret")).map(k -> k.storageReferenceId()).findFirst();
            if (container.isEmpty()) {
                return Optional.of("the profile names neither METADATA nor a client_secret key");
            }
            Optional<byte[]> secret = run.ports().keys().secret(container.get());
            if (secret.isPresent()) {
                verifier = new MACVerifier(secret.get());
            } else {
                Optional<RSAKey> rsa = run.ports().keys().rsaKey(container.get());
                if (rsa.isEmpty()) {
                    return Optional.of("policy key " + container.get() + " does not exist");
                }
                verifier = new RSASSAVerifier(rsa.get());
            }
        }
        if (!jwt.verify(verifier)) {
            return Optional.of("bad signature");
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            return Optional.of("unexpected issuer " + claims.getIssuer());
        }
        String audience = run.metadata("IdTokenAudience");
        if (audience != null && !audience.isBlank() && !claims.getAudience().contains(audience)) {
            return Optional.of("unexpected audience " + claims.getAudience());
        }
        Instant now = run.ports().clock().instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(now)) {
            return Optional.of("expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(now)) {
            return Optional.of("not yet valid");
        }
        return Optional.empty();
    }

    private static Map<String, String> claims(JWTClaimsSet set) {
        Map<String, String> claims = new LinkedHashMap<>();
        set.getClaims().forEach((name, value) -> {
            if (value instanceof Date date) {
                claims.put(name, Long.toString(date.toInstant().getEpochSecond()));
            } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
                claims.put(name, JSON.writeValueAsString(value));
            } else if (value != null) {
                claims.put(name, value.toString());
            }
        });
        return claims;
    }

    private static Optional<JsonNode> json(HttpCaller.HttpResponse response) {
        if (!response.isSuccess()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(new String(response.body(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ProfileResult invalid(String reason) {
        return new ProfileResult.Error(B2cError.AADB2C90208, B2cError.AADB2C90208.defaultMessage() + " (" + reason + ")");
    }
}
