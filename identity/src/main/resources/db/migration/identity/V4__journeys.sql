-- Journeys paused on a page: the engine's state (JSON), the authorization request that started them, and the CSRF
-- token every form post must carry. Any node can continue a journey; a finished or expired one is gone.
CREATE TABLE journeys (
    id           VARCHAR(64)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    policy_id    VARCHAR(128) NOT NULL,
    csrf_token   VARCHAR(64)  NOT NULL,
    authorize    TEXT         NOT NULL,
    state        TEXT         NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Authorization codes: only a SHA-256 digest of the code; what the token endpoint needs to issue the tokens.
CREATE TABLE authorization_codes (
    code_sha256  VARCHAR(64)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    grant_json   TEXT         NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed     BOOLEAN      NOT NULL
);
