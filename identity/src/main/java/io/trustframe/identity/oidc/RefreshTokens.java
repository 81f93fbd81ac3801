package io.trustframe.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Refresh tokens with rotation: 256 random bits, stored as a SHA-256 digest with the grant they renew; each is
 * exchanged once (the flag flips under the row's update) for new tokens and a new refresh token.
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

    public String issue(AuthorizationCodes.Grant grant, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO refresh_tokens (token_sha256, tenant_id, grant_json, expires_at, redeemed) VALUES (?, ?, ?, ?, ?)")
                .params(digest(token), grant.tenantId().toString(), JSON.writeValueAsString(grant),
                        SqlTime.of(clock.instant().plus(lifetime)), false)
                .update();
        return token;
    }

    /** The grant of an unexpired refresh token of this tenant that was never exchanged; exchanging spends it. */
    public Optional<AuthorizationCodes.Grant> exchange(UUID tenantId, String token) {
        if (token == null) {
            return Optional.empty();
        }
        String digest = digest(token);
        int spent = jdbc.sql("""
                        UPDATE refresh_tokens SET redeemed = TRUE
                        WHERE token_sha256 = ? AND tenant_id = ? AND redeemed = FALSE AND expires_at > ?""")
                .params(digest, tenantId.toString(), SqlTime.of(clock.instant()))
                .update();
        if (spent == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT grant_json FROM refresh_tokens WHERE token_sha256 = ?").param(digest)
                .query(String.class).optional().map(json -> JSON.readValue(json, AuthorizationCodes.Grant.class));
    }

    /** Whether the token is one this tenant issued and that was already exchanged (a replay after rotation). */
    public boolean wasExchanged(UUID tenantId, String token) {
        return token != null && jdbc.sql("SELECT redeemed FROM refresh_tokens WHERE token_sha256 = ? AND tenant_id = ?")
                .params(digest(token), tenantId.toString()).query(Boolean.class).optional().orElse(false);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
