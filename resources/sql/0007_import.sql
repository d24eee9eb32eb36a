-- Spreadsheet import: reusable column mappings, one row per import batch with the source file's SHA-256, the persons
-- an import could not tell apart from existing ones (held for an officer's review, never merged automatically), and
-- the hits of a watch-list or Red Book run against every person, with their scores and reasons.

CREATE TABLE import_mappings (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    mapping    TEXT NOT NULL,                          -- JSON: {"fields": {"cnic": "CNIC No.", ...}}
    office_id  TEXT NOT NULL REFERENCES org_units(id),
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (office_id, kind, name)
) STRICT;

CREATE TABLE import_batches (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,                         -- base name only
    file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
    rows        INTEGER NOT NULL,
    imported    INTEGER NOT NULL,
    matched     INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    review      INTEGER NOT NULL,
    office_id   TEXT NOT NULL REFERENCES org_units(id),
    user_id     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (imported + matched + rejected = rows)
) STRICT;
CREATE INDEX import_batches_sha ON import_batches(file_sha256);

CREATE TABLE import_review (
    id           TEXT PRIMARY KEY,
    batch_id     TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    source_row   INTEGER NOT NULL,
    person_id    TEXT NOT NULL REFERENCES persons(id),  -- the record the import created
    candidate_id TEXT NOT NULL REFERENCES persons(id),  -- the existing record it may be
    score        REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    reasons      TEXT NOT NULL,                         -- JSON array of translated phrases
    status       TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SAME', 'DIFFERENT'))
) STRICT;
CREATE INDEX import_review_open ON import_review(status, batch_id);

CREATE TABLE watchlist_hits (
    id               TEXT PRIMARY KEY,
    list             TEXT NOT NULL,                     -- ECL, PCL, STOP_LIST, ... or RED_BOOK
    entry_id         TEXT NOT NULL,                     -- watchlist_entries.id or red_book_entries.id
    listed_person_id TEXT NOT NULL REFERENCES persons(id),
    person_id        TEXT NOT NULL REFERENCES persons(id),
    score            REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    reasons          TEXT NOT NULL,                     -- JSON array of translated phrases
    found_at         TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
    UNIQUE (list, entry_id, person_id)
) STRICT;
CREATE INDEX watchlist_hits_person ON watchlist_hits(person_id);
CREATE INDEX watchlist_hits_list ON watchlist_hits(list, score);
