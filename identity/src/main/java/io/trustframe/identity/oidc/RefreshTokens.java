package io.trustframe.identity.oidc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.trustframe.identity.SqlTime;
import io.trustframe.identity.StoredDigest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refresh tokens with rotation: 256 random bits, stored as a SHA-256 digest with the grant they renew; each is
 * exchanged once (the flag flips under the row's update) for new tokens and a new refresh token of the same family.
 * A token exchanged before that comes back revokes its whole family (reuse detection, RFC 9700 section 4.14.2).
 */
@Repository
public class RefreshTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random;

    public RefreshTokens(JdbcClient jdbc, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
    }

    /** A refresh token starting a new family: the first one issued for an authorization code. */
    public String issue(AuthorizationCodes.Grant grant, Duration lifetime) {
        byte[] family = new byte[16];
        random.nextBytes(family);
        return issue(grant, lifetime, HexFormat.of().formatHex(family));
    }

    /** A refresh token of the family of one just exchanged. */
    public String issue(AuthorizationCodes.Grant grant, Duration lifetime, String family) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO refresh_tokens (token_sha256, tenant_id, grant_json, expires_at, redeemed, family_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(StoredDigest.of(token), grant.tenantId().toString(), JSON.writeValueAsString(grant),
                        SqlTime.of(clock.instant().plus(lifetime)), false, family)
                .update();
        return token;
    }

    /** A refresh token's grant and family, once exchanged. */
    public record Exchanged(AuthorizationCodes.Grant grant, String family) {
    }

    /** The grant of an unexpired refresh token of this tenant that was never exchanged; exchanging spends it. */
    public Optional<Exchanged> exchange(UUID tenantId, String token) {
        if (token == null) {
            return Optional.empty();
        }
        String digest = StoredDigest.of(token);
        int spent = jdbc.sql("""
                        UPDATE refresh_tokens SET redeemed = TRUE
                        WHERE token_sha256 = ? AND tenant_id = ? AND redeemed = FALSE AND expires_at > ?""")
                .params(digest, tenantId.toString(), SqlTime.of(clock.instant()))
                .update();
        if (spent == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT grant_json, family_id FROM refresh_tokens WHERE token_sha256 = ?").param(digest)
                .query((row, n) -> new Exchanged(JSON.readValue(row.getString("grant_json"), AuthorizationCodes.Grant.class),
                        row.getString("family_id")))
                .optional();
    }

    /**
     * Whether the token is one this tenant issued and that was already exchanged (a replay after rotation, or a token
     * of a revoked family). A replay revokes every token of its family.
     */
    public boolean revokeFamilyOnReplay(UUID tenantId, String token) {
        if (token == null) {
            return false;
        }
        String digest = StoredDigest.of(token);
        Optional<String> family = jdbc.sql("SELECT family_id FROM refresh_tokens WHERE token_sha256 = ? AND tenant_id = ? AND redeemed = TRUE")
                .params(digest, tenantId.toString())
                .query((row, n) -> Optional.ofNullable(row.getString("family_id")))
                .optional().orElse(null);
        if (family == null) {
            return false;
        }
        family.ifPresent(id -> jdbc.sql("UPDATE refresh_tokens SET redeemed = TRUE WHERE family_id = ? AND tenant_id = ?")
                .params(id, tenantId.toString()).update());
        return true;
    }

}
