-- Evidence files are taken in by chunks committed as they stream, so a long intake never holds the database's write
-- lock for more than one batch of chunks. Until its last transaction the item is incomplete: no list, export or count
-- shows it. upload_owner (host:pid) lets a later intake remove the leftovers of one whose process died.
ALTER TABLE evidence_items ADD COLUMN complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1));
ALTER TABLE evidence_items ADD COLUMN upload_owner TEXT;
CREATE INDEX evidence_incomplete ON evidence_items(upload_owner) WHERE complete = 0;
