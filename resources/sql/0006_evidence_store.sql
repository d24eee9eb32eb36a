-- Evidence store: attachment contents in 1 MiB chunks inside the encrypted database, custody events that say who
-- recorded them, and the register of signed bundles imported from other offices with the persons held for review.

ALTER TABLE evidence_items ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_items ADD COLUMN chunk_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evidence_items ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_items ADD COLUMN created_at TEXT;
ALTER TABLE evidence_items ADD COLUMN created_by TEXT NOT NULL DEFAULT '';

-- A rowid table: each row holds one chunk's bytes in overflow pages, read and written one row at a time.
CREATE TABLE evidence_chunks (
    evidence_id TEXT NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    data        BLOB NOT NULL,
    UNIQUE (evidence_id, seq)
) STRICT;

ALTER TABLE evidence_custody ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_custody ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_custody ADD COLUMN recorded_at TEXT;

CREATE TABLE bundle_imports (
    id             TEXT PRIMARY KEY,
    bundle_id      TEXT NOT NULL,
    bundle_sha256  TEXT NOT NULL,
    source_office  TEXT NOT NULL,
    source_key     TEXT NOT NULL, -- SHA-256 fingerprint of the signing office's public key
    case_id        TEXT,
    profile        TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    report         TEXT NOT NULL -- JSON: added, matched, skipped
) STRICT;
CREATE INDEX bundle_imports_bundle ON bundle_imports(bundle_id);

-- Incoming persons that look like someone already recorded: kept aside, never merged or overwritten silently.
CREATE TABLE bundle_duplicate_reviews (
    id                 TEXT PRIMARY KEY,
    import_id          TEXT NOT NULL REFERENCES bundle_imports(id) ON DELETE CASCADE,
    incoming_person_id TEXT NOT NULL,
    existing_person_id TEXT NOT NULL REFERENCES persons(id),
    reason             TEXT NOT NULL,
    incoming           TEXT NOT NULL, -- the incoming record as JSON
    status             TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'MERGED', 'DISTINCT')),
    created_at         TEXT NOT NULL
) STRICT;
CREATE INDEX bundle_duplicate_reviews_open ON bundle_duplicate_reviews(status, created_at);
