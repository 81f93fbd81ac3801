-- The identity service's data: tenants, and per tenant the policy keys, app registrations and the user directory.
-- Written once for PostgreSQL 15 and H2 in PostgreSQL mode. Identifiers are GUID strings, as B2C shows them.

CREATE TABLE tenants (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL UNIQUE,
    domain      VARCHAR(255) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A policy key container (B2C's "keyset"). name_key is the lower-cased name: policies name containers in any case.
CREATE TABLE key_sets (
    tenant_id   VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name_key    VARCHAR(128) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, name_key)
);

-- One key of a container. Private material (RSA private key or symmetric secret) only ever as a sealed envelope.
CREATE TABLE policy_keys (
    tenant_id      VARCHAR(36)  NOT NULL,
    key_set        VARCHAR(128) NOT NULL,
    version        INTEGER      NOT NULL,
    kid            VARCHAR(128) NOT NULL,
    kty            VARCHAR(8)   NOT NULL,
    key_use        VARCHAR(3)   NOT NULL,
    origin         VARCHAR(16)  NOT NULL,
    nbf            TIMESTAMP WITH TIME ZONE,
    exp            TIMESTAMP WITH TIME ZONE,
    public_key     VARCHAR(4096),
    certificate    VARCHAR(16384),
    sealed_secret  VARCHAR(16384),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, key_set, version),
    UNIQUE (tenant_id, key_set, kid),
    FOREIGN KEY (tenant_id, key_set) REFERENCES key_sets (tenant_id, name_key) ON DELETE CASCADE
);

CREATE TABLE applications (
    id            VARCHAR(36)  PRIMARY KEY,
    tenant_id     VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    app_id        VARCHAR(36)  NOT NULL UNIQUE,
    display_name  VARCHAR(256) NOT NULL,
    public_client BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE application_redirect_uris (
    application_id VARCHAR(36)   NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    platform       VARCHAR(16)   NOT NULL,
    uri            VARCHAR(2048) NOT NULL,
    PRIMARY KEY (application_id, position)
);

-- Client secrets: only a SHA-256 digest of each (see ClientSecrets for why that suffices), plus the hint Entra shows.
CREATE TABLE application_secrets (
    application_id VARCHAR(36)  NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    key_id         VARCHAR(36)  NOT NULL,
    display_name   VARCHAR(256),
    hint           VARCHAR(8)   NOT NULL,
    secret_sha256  VARCHAR(64)  NOT NULL,
    start_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, key_id)
);

CREATE TABLE users (
    object_id              VARCHAR(36)  PRIMARY KEY,
    tenant_id              VARCHAR(36)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    account_enabled        BOOLEAN      NOT NULL,
    display_name           VARCHAR(256) NOT NULL,
    given_name             VARCHAR(64),
    surname                VARCHAR(64),
    strong_auth_phone      VARCHAR(64),
    password_hash          VARCHAR(256),
    password_policies      VARCHAR(256),
    force_change_password  BOOLEAN      NOT NULL,
    extension_attributes   VARCHAR(65536) NOT NULL,
    failed_sign_ins        INTEGER      NOT NULL,
    lockouts               INTEGER      NOT NULL,
    locked_until           TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Sign-in names and federated identities. lookup_id is issuerAssignedId lower-cased: B2C matches sign-in names
-- case-insensitively, and the same (signInType, issuer, issuerAssignedId) may belong to one user of a tenant only.
CREATE TABLE user_identities (
    object_id           VARCHAR(36)  NOT NULL REFERENCES users (object_id) ON DELETE CASCADE,
    tenant_id           VARCHAR(36)  NOT NULL,
    position            INTEGER      NOT NULL,
    sign_in_type        VARCHAR(64)  NOT NULL,
    issuer              VARCHAR(255) NOT NULL,
    issuer_assigned_id  VARCHAR(255) NOT NULL,
    lookup_issuer       VARCHAR(255) NOT NULL,
    lookup_id           VARCHAR(255) NOT NULL,
    PRIMARY KEY (object_id, position),
    UNIQUE (tenant_id, sign_in_type, lookup_issuer, lookup_id)
);
CREATE INDEX user_identities_by_name ON user_identities (tenant_id, lookup_id);
