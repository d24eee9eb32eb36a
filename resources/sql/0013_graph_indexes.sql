-- Chart extraction looks up the documents held by the persons of a frontier (shares-document relations); without an
-- index on the holder every hop scanned all documents (about 9 ms a statement on the large synthetic database, most
-- of a two-hop extraction over all relation types).
CREATE INDEX IF NOT EXISTS documents_person ON documents(person_id) WHERE person_id IS NOT NULL;
