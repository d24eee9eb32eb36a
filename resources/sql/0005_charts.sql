-- Saved relationship charts: the seeds and options they were extracted with, and the place of every node the user
-- laid out or pinned. Opening a chart extracts it again through the user's scope (so a saved chart never shows
-- more than the user may see today) and puts the nodes back where they were. Scoped like cases: by the office that
-- saved it, and, for a chart of one case, by that case.
CREATE TABLE charts (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    office_id  TEXT NOT NULL REFERENCES org_units(id),
    case_id    TEXT REFERENCES cases(id) ON DELETE CASCADE,
    seed_kind  TEXT NOT NULL CHECK (seed_kind IN ('person', 'organisation', 'case', 'phone', 'document')),
    seed_ids   TEXT NOT NULL,                 -- JSON array
    options    TEXT NOT NULL DEFAULT '{}',    -- JSON: depth, types, window, expanded nodes, layout
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (office_id, name)
) STRICT;
CREATE INDEX charts_case ON charts(case_id) WHERE case_id IS NOT NULL;

CREATE TABLE chart_nodes (
    chart_id TEXT NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
    node_key TEXT NOT NULL,                   -- "person:<id>", "phone:<number>", ... as the chart keys its nodes
    x        REAL NOT NULL,
    y        REAL NOT NULL,
    pinned   INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    PRIMARY KEY (chart_id, node_key)
) STRICT, WITHOUT ROWID;
