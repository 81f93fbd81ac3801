-- Smart lockout does not count the same wrong password twice: keyed fingerprints (HMAC, never the password or a
-- plain hash of it) of the last three wrong passwords, comma-separated.
ALTER TABLE users ADD COLUMN recent_wrong_passwords VARCHAR(200);
