package io.trustframe.identity.oidc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.trustframe.identity.SqlTime;
import io.trustframe.identity.StoredDigest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authorization codes: 256 random bits given to the client once, stored only as a SHA-256 digest with the grant. A
 * code is redeemed at most once (the flag flips under the row's update), and lives 10 minutes (RFC 6749 §4.1.2).
 */
@Repository
public class AuthorizationCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random;

    public AuthorizationCodes(JdbcClient jdbc, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
    }

    /**
     * What a code stands for: the client and redirect URI it was issued to, the PKCE challenge, and the token's
     * contents as the journey produced them.
     */
    public record Grant(UUID tenantId, String policyId, String clientId, String redirectUri, String codeChallenge,
                        String nonce, String scope, String subject, Map<String, String> claims,
                        Map<String, String> issuerMetadata, String signingContainer, long authTime) {

        /** The same grant renewed by a refresh token: OpenID Connect ties nonce to the authentication request only. */
        public Grant renewed() {
            return new Grant(tenantId, policyId, clientId, redirectUri, null, null, scope, subject, claims,
                    issuerMetadata, signingContainer, authTime);
        }

        public boolean offlineAccess() {
            return scope != null && java.util.Arrays.asList(scope.split("\\s+")).contains("offline_access");
        }

        /** B2C issues an access token when the scope names the application's own id (its client id). */
        public boolean scopeNamesClient() {
            return scope != null && java.util.Arrays.stream(scope.split("\\s+")).anyMatch(clientId::equalsIgnoreCase);
        }
    }

    public String issue(Grant grant) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO authorization_codes (code_sha256, tenant_id, grant_json, expires_at, redeemed) VALUES (?, ?, ?, ?, ?)")
                .params(StoredDigest.of(code), grant.tenantId().toString(), JSON.writeValueAsString(grant),
                        SqlTime.of(clock.instant().plus(LIFETIME)), false)
                .update();
        return code;
    }

    /** The grant of an unexpired, never redeemed code of this tenant; redeeming it spends it. */
    public Optional<Grant> redeem(UUID tenantId, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String digest = StoredDigest.of(code);
        int spent = jdbc.sql("""
                        UPDATE authorization_codes SET redeemed = TRUE
                        WHERE code_sha256 = ? AND tenant_id = ? AND redeemed = FALSE AND expires_at > ?""")
                .params(digest, tenantId.toString(), SqlTime.of(clock.instant()))
                .update();
        if (spent == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT grant_json FROM authorization_codes WHERE code_sha256 = ?").param(digest)
                .query(String.class).optional().map(json -> JSON.readValue(json, Grant.class));
    }

}
