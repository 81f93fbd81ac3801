-- Every refresh token belongs to the family started by one authorization code; rotation keeps the family. When a
-- token already exchanged comes back (it was stolen, or the client is broken), the whole family is revoked, so the
-- thief's or the client's newer token stops working too (OAuth 2.0 Security BCP, RFC 9700 section 4.14.2).
-- Tokens issued before this change have no family: only they themselves are refused on replay.
ALTER TABLE refresh_tokens ADD COLUMN family_id VARCHAR(64);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
