-- What the policy engine's ports keep between requests, so that any node sharing the database can continue a journey.

-- One-time codes of OneTimePasswordProtocolProvider and the built-in email verification, by tenant and identifier.
-- The code itself only as a sealed envelope (master key), never in clear.
CREATE TABLE journey_otps (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    identifier      VARCHAR(512) NOT NULL,
    sealed_code     VARCHAR(1024) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    generated       INTEGER      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, identifier)
);

-- B2C web sessions (the SSO cookie names one): the profiles run in it with their persisted claims, as JSON.
CREATE TABLE sso_sessions (
    tenant_id   VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id          VARCHAR(64)  NOT NULL,
    document    TEXT         NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- Codes of B2C's built-in email verification: Trustframe sends no mail; they wait here (see docs/identity.md).
CREATE TABLE mail_outbox (
    id          VARCHAR(36)  PRIMARY KEY,
    tenant_id   VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    recipient   VARCHAR(320) NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    culture     VARCHAR(35)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Uploaded TrustFrameworkPolicy files. version counts changes per tenant so that a merged policy set is cached by
-- (tenant, version) and reloaded once after each change.
CREATE TABLE trust_framework_policies (
    tenant_id   VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id_key      VARCHAR(128) NOT NULL,
    id          VARCHAR(128) NOT NULL,
    xml         TEXT         NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id_key)
);

CREATE TABLE policy_set_versions (
    tenant_id   VARCHAR(36)  PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    version     BIGINT       NOT NULL
);
