package io.trustframe.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;

/**
 * {@code POST /{tenant}/{policy}/oauth2/v2.0/token} (also {@code /tfp/…}, {@code ?p=}): the authorization-code grant
 * with PKCE, and refresh tokens with rotation (scope {@code offline_access}). The client is authenticated before the
 * code or refresh token is looked at, so a wrong secret never spends one. A refreshed id_token carries the claims of
 * the original sign-in (no refresh journey runs).
 */
@RestController
public class TokenEndpoint {

    private static final String PATH = "/oauth2/v2.0/token";

    private final PolicyEndpoints endpoints;
    private final AppRegistrations applications;
    private final AuthorizationCodes codes;
    private final IdTokens idTokens;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public TokenEndpoint(PolicyEndpoints endpoints, AppRegistrations applications, AuthorizationCodes codes,
                         IdTokens idTokens, RefreshTokens refreshTokens, Clock clock) {
        this.endpoints = endpoints;
        this.applications = applications;
        this.codes = codes;
        this.idTokens = idTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @PostMapping(path = {"/{tenant}/{policy}" + PATH, "/tfp/{tenant}/{policy}" + PATH},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@PathVariable String tenant, @PathVariable String policy,
                                              @RequestParam Map<String, String> form,
                                              @RequestHeader(name = "Authorization", required = false) String authorization) {
        return exchange(endpoints.resolve(tenant, policy), TokenRequest.parse(form, authorization));
    }

    @PostMapping(path = "/{tenant}" + PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> tokenByQuery(@PathVariable String tenant, @RequestParam Map<String, String> form,
                                                     @RequestHeader(name = "Authorization", required = false) String authorization) {
        return exchange(endpoints.resolve(tenant, form.get("p")), TokenRequest.parse(form, authorization));
    }

    private ResponseEntity<Map<String, Object>> exchange(PolicyEndpoint endpoint, TokenRequest request) {
        if ("refresh_token".equals(request.grantType())) {
            return refresh(endpoint, request);
        }
        if (!"authorization_code".equals(request.grantType())) {
            throw new OidcException(OidcError.AADB2C90086, String.valueOf(request.grantType()));
        }
        Application client = authenticate(endpoint, request);
        if (request.code() == null) {
            throw new OidcException(OidcError.AADB2C90083, "code");
        }
        AuthorizationCodes.Grant grant = codes.redeem(endpoint.tenant().id(), request.code())
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90080, clock.instant()));
        if (!grant.clientId().equalsIgnoreCase(client.appId().toString())) {
            throw new OidcException(OidcError.AADB2C90279, request.clientId());
        }
        if (!grant.policyId().equalsIgnoreCase(endpoint.policy().policyId())) {
            throw new OidcException(OidcError.AADB2C90088, endpoint.policy().policyId(), grant.policyId());
        }
        if (request.redirectUri() != null && !request.redirectUri().equals(grant.redirectUri())) {
            throw new OidcException(OidcError.AADB2C90006, request.redirectUri(), request.clientId());
        }
        if (grant.codeChallenge() != null) {
            if (request.codeVerifier() == null) {
                throw new OidcException(OidcError.AADB2C90083, "code_verifier");
            }
            if (!MessageDigest.isEqual(s256(request.codeVerifier()).getBytes(StandardCharsets.US_ASCII),
                    grant.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
                throw new OidcException(OidcError.AADB2C90182);
            }
        }
        return tokens(endpoint, grant, null);
    }

    private ResponseEntity<Map<String, Object>> refresh(PolicyEndpoint endpoint, TokenRequest request) {
        Application client = authenticate(endpoint, request);
        if (request.refreshToken() == null) {
            throw new OidcException(OidcError.AADB2C90083, "refresh_token");
        }
        RefreshTokens.Exchanged exchanged = refreshTokens.exchange(endpoint.tenant().id(), request.refreshToken())
                .orElseThrow(() -> refreshTokens.revokeFamilyOnReplay(endpoint.tenant().id(), request.refreshToken())
                        ? new OidcException(OidcError.AADB2C90129)
                        : new OidcException(OidcError.AADB2C90080, clock.instant()));
        AuthorizationCodes.Grant grant = exchanged.grant();
        if (!grant.clientId().equalsIgnoreCase(client.appId().toString())) {
            throw new OidcException(OidcError.AADB2C90279, request.clientId());
        }
        if (!grant.policyId().equalsIgnoreCase(endpoint.policy().policyId())) {
            throw new OidcException(OidcError.AADB2C90088, endpoint.policy().policyId(), grant.policyId());
        }
        return tokens(endpoint, grant.renewed(), exchanged.family());
    }

    /** @param family the refresh-token family a renewed grant continues; {@code null} for a grant from a code */
    private ResponseEntity<Map<String, Object>> tokens(PolicyEndpoint endpoint, AuthorizationCodes.Grant grant,
                                                       String family) {
        IdTokens.IdToken idToken = idTokens.issue(endpoint.tenant(), endpoint.issuer(), grant);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id_token", idToken.jwt());
        body.put("token_type", "Bearer");
        body.put("not_before", idToken.notBefore().getEpochSecond());
        body.put("id_token_expires_in", idToken.expiresIn());
        if (grant.scopeNamesClient()) {
            IdTokens.IdToken accessToken = idTokens.issueAccessToken(endpoint.tenant(), endpoint.issuer(), grant);
            body.put("access_token", accessToken.jwt());
            body.put("expires_in", accessToken.expiresIn());
            body.put("expires_on", accessToken.notBefore().getEpochSecond() + accessToken.expiresIn());
            body.put("resource", grant.clientId());
        }
        if (grant.offlineAccess()) {
            long lifetime = refreshLifetime(grant);
            java.time.Duration duration = java.time.Duration.ofSeconds(lifetime);
            body.put("refresh_token", family == null ? refreshTokens.issue(grant.renewed(), duration)
                    : refreshTokens.issue(grant.renewed(), duration, family));
            body.put("refresh_token_expires_in", lifetime);
        }
        body.put("scope", grant.scope());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The JwtIssuer's {@code refresh_token_lifetime_secs}; B2C's default is 14 days. */
    private static long refreshLifetime(AuthorizationCodes.Grant grant) {
        String value = grant.issuerMetadata().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("refresh_token_lifetime_secs")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        try {
            return value == null ? 1209600 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 1209600;
        }
    }

    private Application authenticate(PolicyEndpoint endpoint, TokenRequest request) {
        if (request.clientId() == null) {
            throw new OidcException(OidcError.AADB2C90083, "client_id");
        }
        UUID clientId;
        try {
            clientId = UUID.fromString(request.clientId());
        } catch (IllegalArgumentException e) {
            throw new OidcException(OidcError.AADB2C90018, request.clientId(), endpoint.tenant().domain());
        }
        Application client = applications.find(endpoint.tenant(), clientId)
                .filter(app -> app.appId().equals(clientId))
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90018, request.clientId(), endpoint.tenant().domain()));
        if (client.publicClient()) {
            if (request.clientSecret() != null) {
                throw new OidcException(OidcError.AADB2C90084);
            }
            return client;
        }
        if (request.clientSecret() == null) {
            throw new OidcException(OidcError.AADB2C90079);
        }
        if (!applications.verifySecret(endpoint.tenant(), clientId, request.clientSecret())) {
            throw new OidcException(OidcError.AADB2C90081);
        }
        return client;
    }

    /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
