-- Refresh tokens (scope offline_access): only a SHA-256 digest of each, the grant it renews, expiry, and whether it was
-- already exchanged (rotation: each refresh token is good for one exchange).
CREATE TABLE refresh_tokens (
    token_sha256 VARCHAR(64)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    grant_json   TEXT         NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed     BOOLEAN      NOT NULL
);
