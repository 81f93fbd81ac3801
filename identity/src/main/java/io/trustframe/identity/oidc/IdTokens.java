package io.trustframe.identity.oidc;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.trustframe.identity.keys.KeyMaterial;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.tenants.Tenant;

/**
 * B2C's id_token (token reference, "claims in ID tokens"): the relying party's output claims plus iss, aud (the
 * client id), sub, exp, nbf, iat, auth_time, nonce, ver 1.0, and tfp, or acr when the JwtIssuer sets
 * {@code AuthenticationContextReferenceClaimPattern}; RS256 with the container's active key, its kid in the header.
 */
@Component
public class IdTokens {

    /** B2C's default {@code id_token_lifetime_secs} and {@code token_lifetime_secs}. */
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final PolicyKeys keys;
    private final Clock clock;

    public IdTokens(PolicyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A signed id_token and its lifetime in seconds. */
    public record IdToken(String jwt, long expiresIn, Instant notBefore) {
    }

    /** @throws OidcException AADB2C90019 when the signing container has no usable RSA key */
    public IdToken issue(Tenant tenant, String issuer, AuthorizationCodes.Grant grant) {
        return sign(tenant, issuer, grant, "id_token_lifetime_secs", true);
    }

    /**
     * The access token B2C issues when the request's scope names the client's own application id: the same claims,
     * audience the client, lifetime {@code token_lifetime_secs}, no nonce.
     */
    public IdToken issueAccessToken(Tenant tenant, String issuer, AuthorizationCodes.Grant grant) {
        return sign(tenant, issuer, grant, "token_lifetime_secs", false);
    }

    private IdToken sign(Tenant tenant, String issuer, AuthorizationCodes.Grant grant, String lifetimeKey,
                         boolean withNonce) {
        RSAKey key = keys.activeKey(tenant, grant.signingContainer()).flatMap(KeyMaterial::rsa)
                .filter(RSAKey::isPrivate)
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90019, grant.signingContainer(), tenant.domain(),
                        "no active RSA key with a private part"));
        Instant now = clock.instant();
        long lifetime = seconds(metadata(grant.issuerMetadata(), lifetimeKey));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        grant.claims().forEach(claims::claim);
        claims.issuer(issuer).audience(grant.clientId()).subject(grant.subject())
                .expirationTime(Date.from(now.plusSeconds(lifetime))).notBeforeTime(Date.from(now))
                .issueTime(Date.from(now)).claim("auth_time", grant.authTime()).claim("ver", "1.0");
        if (withNonce && grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        String acrPattern = metadata(grant.issuerMetadata(), "AuthenticationContextReferenceClaimPattern");
        if (acrPattern != null && !acrPattern.isBlank()) {
            claims.claim("acr", acrPattern.replace("{PolicyId}", grant.policyId()));
        } else if (!grant.claims().containsKey("tfp")) {
            claims.claim("tfp", grant.policyId());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return new IdToken(jwt.serialize(), lifetime, now);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a token failed", e);
        }
    }

    private static String metadata(Map<String, String> metadata, String key) {
        return metadata.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static long seconds(String value) {
        try {
            return value == null ? DEFAULT_LIFETIME_SECONDS : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_LIFETIME_SECONDS;
        }
    }
}
