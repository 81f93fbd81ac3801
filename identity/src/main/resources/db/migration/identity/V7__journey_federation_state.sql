-- A journey that sent the browser to a federated identity provider waits for the provider's answer at
-- /{tenant}/oauth2/authresp. The answer names the journey only by the state value the journey sent; its SHA-256 finds
-- the journey (the state is single-use: it is cleared when the journey moves on).
ALTER TABLE journeys ADD COLUMN federation_state_sha256 VARCHAR(64);
CREATE UNIQUE INDEX journeys_federation_state ON journeys (federation_state_sha256);
