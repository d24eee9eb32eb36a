-- Trusted office keys: the Ed25519 public keys of other offices whose signed case bundles this database accepts, each
-- added by an administrator after comparing its fingerprint with the office through a separate channel (phone, in
-- person). A bundle's signature proves integrity; only this table says whose key made it. A revoked key stays, marked,
-- so the history shows who trusted what and when; the same key may be trusted again later as a new row.
CREATE TABLE trusted_office_keys (
    id            TEXT PRIMARY KEY,
    office_id     TEXT NOT NULL REFERENCES org_units(id),
    public_key    BLOB NOT NULL CHECK (length(public_key) = 32),   -- raw Ed25519 public key
    fingerprint   TEXT NOT NULL,                                   -- SHA-256 of public_key, grouped ("3f2a 91c0 ...")
    note          TEXT,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT,
    revoke_reason TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) STRICT;
-- At most one live entry per key.
CREATE UNIQUE INDEX trusted_office_keys_live ON trusted_office_keys(public_key) WHERE revoked_at IS NULL;
CREATE INDEX trusted_office_keys_key ON trusted_office_keys(public_key, added_at);
