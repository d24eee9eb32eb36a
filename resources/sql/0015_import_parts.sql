-- Imports commit in parts of a few thousand rows. A batch is STOPPED while its parts are being committed and after a
-- stop (cancel, error, a killed process): its counts are those of the committed rows, and importing the same file
-- again (same kind, same SHA-256, same user) continues after them. COMPLETE once the last part is in.
ALTER TABLE import_batches ADD COLUMN status TEXT NOT NULL DEFAULT 'COMPLETE' CHECK (status IN ('STOPPED', 'COMPLETE'));
CREATE INDEX import_batches_stopped ON import_batches(file_sha256, kind) WHERE status = 'STOPPED';
