-- At most one development account per database, even when several nodes start on an empty one at the same time:
-- the second insert fails on this key and that node reads the first node's account instead.
ALTER TABLE development_account ADD COLUMN singleton INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE development_account ADD CONSTRAINT development_account_singleton UNIQUE (singleton);
ALTER TABLE development_account ADD CONSTRAINT development_account_singleton_is_1 CHECK (singleton = 1);
