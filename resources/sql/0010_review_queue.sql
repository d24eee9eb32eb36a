-- The review of persons held after a spreadsheet or bundle import: who decided, when, and what the decision wrote,
-- so that undo reverses exactly that; and the bundle match's score beside its reason (NULL for rows held before).

ALTER TABLE import_review ADD COLUMN decided_at TEXT;
ALTER TABLE import_review ADD COLUMN decided_by TEXT;
ALTER TABLE import_review ADD COLUMN decision TEXT; -- JSON: {"merge": person_merges.id} for SAME

ALTER TABLE bundle_duplicate_reviews ADD COLUMN score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1));
ALTER TABLE bundle_duplicate_reviews ADD COLUMN decided_at TEXT;
ALTER TABLE bundle_duplicate_reviews ADD COLUMN decided_by TEXT;
ALTER TABLE bundle_duplicate_reviews ADD COLUMN decision TEXT; -- JSON: the rows written, the merge, events adopted
