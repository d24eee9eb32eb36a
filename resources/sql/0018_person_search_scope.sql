-- Scope inside the full-text match (issue 15: a scoped name search under 5 ms). Each person_search row gets a
-- `scope` column of terms: one per office whose subtree sees the person ("o" and the hex of the office's code, the
-- same in every database: the recording office, the offices of every case the person is linked to, and all their
-- ancestors), one per linked case
-- ("c" and the case id) for prosecutor-readers, "protected" for a person whose identity needs the victim grant
-- (Scope::personProtected: a protected role and no accused role) and "merged" for a merged record. A search matches
-- `((name) AND scope : "o<the user's office>") NOT scope : (protected OR merged)`, so FTS5 intersects the term
-- lists and ranks, limits and counts only the persons the user may find, instead of testing every person with a
-- common name. The row's rowid is the person's, so the triggers reach it without a scan.

-- Every org unit with the scope term of itself and of each unit above it.
CREATE VIEW org_unit_scope_terms AS
WITH RECURSIVE up(unit_id, ancestor_id) AS (
    SELECT id, id FROM org_units
    UNION
    SELECT up.unit_id, u.parent_id FROM up JOIN org_units u ON u.id = up.ancestor_id WHERE u.parent_id IS NOT NULL
)
SELECT up.unit_id, 'o' || hex(a.code) AS term FROM up JOIN org_units a ON a.id = up.ancestor_id;

-- The index again, with the scope column, keyed by the persons' rowids.
CREATE VIRTUAL TABLE person_search_scoped USING fts5(
    person_id UNINDEXED,
    names,
    keys,
    scope,          -- office, case, "protected" and "merged" terms (see above); never matched by a typed name
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
WITH terms(person_id, term) AS (
    SELECT r.person_id, a.term
    FROM (SELECT id AS person_id, office_id FROM persons
          UNION
          SELECT cp.person_id, c.office_id FROM case_persons cp JOIN cases c ON c.id = cp.case_id) r
    JOIN org_unit_scope_terms a ON a.unit_id = r.office_id
    UNION
    SELECT person_id, 'c' || replace(case_id, '-', '') FROM case_persons
    UNION
    SELECT person_id, 'protected' FROM case_persons GROUP BY person_id
    HAVING max(role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM', 'WITNESS', 'COMPLAINANT', 'FAMILY_MEMBER'))
       AND NOT max(role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER',
                            'SAFE_HOUSE', 'BOAT_OPERATOR', 'CORRUPT_OFFICIAL'))
    UNION
    SELECT id, 'merged' FROM persons WHERE merged_into IS NOT NULL
), scopes(person_id, scope) AS (
    SELECT person_id, group_concat(term, ' ') FROM terms GROUP BY person_id
)
INSERT INTO person_search_scoped (rowid, person_id, names, keys, scope)
SELECT p.rowid, s.person_id, s.names, s.keys, coalesce(sc.scope, '')
FROM person_search s JOIN persons p ON p.id = s.person_id LEFT JOIN scopes sc ON sc.person_id = s.person_id;
DROP TABLE person_search;
ALTER TABLE person_search_scoped RENAME TO person_search;
INSERT INTO person_search(person_search) VALUES ('optimize');

-- Inserting a person id here recomputes that person's scope terms; the row is removed at once. The only definition
-- of the terms: every trigger below and every writer of person_search rows goes through it.
CREATE TABLE person_scope_refresh (
    person_id TEXT NOT NULL
) STRICT;

CREATE TRIGGER person_scope_refresh_row AFTER INSERT ON person_scope_refresh BEGIN
    UPDATE person_search SET scope = (
        SELECT coalesce(group_concat(term, ' '), '') FROM (
            SELECT a.term FROM org_unit_scope_terms a
            WHERE a.unit_id IN (SELECT office_id FROM persons WHERE id = NEW.person_id
                                UNION
                                SELECT c.office_id FROM case_persons cp JOIN cases c ON c.id = cp.case_id
                                WHERE cp.person_id = NEW.person_id)
            UNION
            SELECT 'c' || replace(case_id, '-', '') FROM case_persons WHERE person_id = NEW.person_id
            UNION
            SELECT 'protected' WHERE EXISTS (SELECT 1 FROM case_persons WHERE person_id = NEW.person_id AND role IN
                                                 ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM', 'WITNESS', 'COMPLAINANT',
                                                  'FAMILY_MEMBER'))
                AND NOT EXISTS (SELECT 1 FROM case_persons WHERE person_id = NEW.person_id AND role IN
                                    ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER',
                                     'SAFE_HOUSE', 'BOAT_OPERATOR', 'CORRUPT_OFFICIAL'))
            UNION
            SELECT 'merged' FROM persons WHERE id = NEW.person_id AND merged_into IS NOT NULL))
    WHERE rowid = (SELECT rowid FROM persons WHERE id = NEW.person_id) AND person_id = NEW.person_id;
    DELETE FROM person_scope_refresh WHERE rowid = NEW.rowid;
END;

-- What changes a person's scope: links to cases, a case moving office, the person's recording office, the tree.
CREATE TRIGGER person_scope_link_insert AFTER INSERT ON case_persons BEGIN
    INSERT INTO person_scope_refresh (person_id) VALUES (NEW.person_id);
END;
CREATE TRIGGER person_scope_link_delete AFTER DELETE ON case_persons BEGIN
    INSERT INTO person_scope_refresh (person_id) VALUES (OLD.person_id);
END;
CREATE TRIGGER person_scope_link_update AFTER UPDATE OF person_id, case_id, role ON case_persons BEGIN
    INSERT INTO person_scope_refresh (person_id) VALUES (OLD.person_id);
    INSERT INTO person_scope_refresh (person_id) SELECT NEW.person_id WHERE NEW.person_id <> OLD.person_id;
END;
CREATE TRIGGER person_scope_case_office AFTER UPDATE OF office_id ON cases
WHEN NEW.office_id IS NOT OLD.office_id BEGIN
    INSERT INTO person_scope_refresh (person_id) SELECT DISTINCT person_id FROM case_persons WHERE case_id = NEW.id;
END;
CREATE TRIGGER person_scope_person_office AFTER UPDATE OF office_id ON persons
WHEN NEW.office_id IS NOT OLD.office_id BEGIN
    INSERT INTO person_scope_refresh (person_id) VALUES (NEW.id);
END;
CREATE TRIGGER person_scope_person_merged AFTER UPDATE OF merged_into ON persons
WHEN NEW.merged_into IS NOT OLD.merged_into BEGIN
    INSERT INTO person_scope_refresh (person_id) VALUES (NEW.id);
END;
CREATE TRIGGER person_scope_org_tree AFTER UPDATE OF parent_id, code ON org_units
WHEN NEW.parent_id IS NOT OLD.parent_id OR NEW.code IS NOT OLD.code BEGIN
    INSERT INTO person_scope_refresh (person_id) SELECT id FROM persons;
END;
