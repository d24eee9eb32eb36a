-- Foundation: database metadata, the organisation tree, users, office signing keys and the audit chain.
-- Applied once, in one transaction, by storage/migrations.cpp; user_version records it.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE org_units (
    id        TEXT PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    parent_id TEXT REFERENCES org_units(id),
    unit_type TEXT NOT NULL CHECK (unit_type IN ('HQ', 'REGION', 'ZONE', 'CIRCLE', 'ICP', 'LINK_OFFICE_ABROAD')),
    name_en   TEXT NOT NULL,
    name_ur   TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX org_units_parent ON org_units(parent_id);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('administrator', 'investigator', 'supervisor', 'prosecutor_reader')),
    office_id    TEXT NOT NULL REFERENCES org_units(id),
    victim_grant INTEGER NOT NULL DEFAULT 0 CHECK (victim_grant IN (0, 1)),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT
) STRICT;

-- The office's Ed25519 signing key lives only inside the encrypted database.
CREATE TABLE office_keys (
    id          TEXT PRIMARY KEY,
    office_id   TEXT NOT NULL REFERENCES org_units(id),
    public_key  BLOB NOT NULL,
    private_key BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    retired_at  TEXT
) STRICT;

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     TEXT,
    username    TEXT NOT NULL,
    office      TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    fields      TEXT NOT NULL,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
CREATE INDEX audit_log_user ON audit_log(username, seq);

-- Append-only: the application never updates or deletes an entry. The hash chain detects anyone who does.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE audit_checkpoints (
    seq       INTEGER PRIMARY KEY,
    head_hash BLOB NOT NULL,
    signed_at TEXT NOT NULL,
    key_id    TEXT NOT NULL REFERENCES office_keys(id),
    signature BLOB NOT NULL
) STRICT;
