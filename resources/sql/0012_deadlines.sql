-- Open legal deadlines, kept per case by triggers. The Deadlines view and the Dashboard read the most urgent of them
-- in date order from an index instead of testing every arrest, remand and FIR in scope (about 14 s for 275,000 open
-- items on the large synthetic database).
--
-- deadline_facts is the one definition of what is open; each row carries the date its clock runs from (the anchor):
--   PRODUCTION       an arrest with no production before a magistrate recorded and no remand: the arrest time;
--   REMAND           the latest custody order of an arrest whose person is still arrested in the case: its last day;
--   INTERIM_CHALLAN  an FIR still registered or under investigation with no interim or final challan: the FIR date;
--   PROCLAMATION     a proclamation (s.87) with no declaration of the person as proclaimed offender: its date.
-- The due date is the anchor plus the legal period (LegalClockRules in core), so ordering by anchor within a kind is
-- ordering by due date. Remands and productions of decided, dropped or disposed cases are not open: nobody is on
-- remand in a case the court has decided.
--
-- A change recomputes the rows it can affect (delete, then insert from the view): one arrest's, one person's in a case,
-- or, for a change to the case itself, the whole case. test_arrestrepository holds the table equal to the view after
-- every kind of change.

CREATE VIEW deadline_facts AS
SELECT a.case_id AS case_id, 'PRODUCTION' AS kind, a.id AS item_id, a.person_id AS person_id,
       c.office_id AS office_id, a.arrested_at AS anchor, NULL AS detail
FROM arrests a JOIN cases c ON c.id = a.case_id
WHERE a.produced_before_magistrate_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM custody_periods p WHERE p.arrest_id = a.id)
  AND EXISTS (SELECT 1 FROM case_persons r WHERE r.case_id = a.case_id AND r.person_id = a.person_id
              AND r.arrest_status = 'ARRESTED')
  AND c.status NOT IN ('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', 'ACQUITTED', 'DISPOSED')
UNION ALL
SELECT a.case_id, 'REMAND', a.id, a.person_id, c.office_id, p.to_date, p.kind
FROM arrests a JOIN cases c ON c.id = a.case_id JOIN custody_periods p ON p.arrest_id = a.id
WHERE NOT EXISTS (SELECT 1 FROM custody_periods q WHERE q.arrest_id = a.id
                  AND (q.to_date > p.to_date OR (q.to_date = p.to_date AND q.rowid > p.rowid)))
  AND EXISTS (SELECT 1 FROM case_persons r WHERE r.case_id = a.case_id AND r.person_id = a.person_id
              AND r.arrest_status = 'ARRESTED')
  AND c.status NOT IN ('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', 'ACQUITTED', 'DISPOSED')
UNION ALL
SELECT c.id, 'INTERIM_CHALLAN', c.id, NULL, c.office_id, c.fir_date, NULL
FROM cases c
WHERE c.fir_date IS NOT NULL AND c.status IN ('FIR_REGISTERED', 'UNDER_INVESTIGATION')
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))
UNION ALL
SELECT e.case_id, 'PROCLAMATION', e.id, e.person_id, c.office_id, substr(e.occurred_at, 1, 10), NULL
FROM events e JOIN cases c ON c.id = e.case_id
WHERE e.event_type = 'PROCLAMATION'
  AND NOT EXISTS (SELECT 1 FROM events d WHERE d.event_type = 'DECLARED_PO' AND d.case_id = e.case_id
                  AND d.person_id IS e.person_id)
  AND c.status NOT IN ('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', 'ACQUITTED', 'DISPOSED');

CREATE TABLE deadline_items (
    case_id   TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('PRODUCTION', 'REMAND', 'INTERIM_CHALLAN', 'PROCLAMATION')),
    item_id   TEXT NOT NULL,   -- the arrest, the case or the proclamation event
    person_id TEXT,
    office_id TEXT NOT NULL,   -- the case's office: the scope and the office filter
    anchor    TEXT NOT NULL,
    detail    TEXT,            -- the custody kind of a remand
    PRIMARY KEY (case_id, kind, item_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX deadline_items_due ON deadline_items(kind, anchor, office_id);
CREATE INDEX deadline_items_office ON deadline_items(office_id, kind, anchor);

INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE true;

CREATE TRIGGER deadline_cases_insert AFTER INSERT ON cases BEGIN
    INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE case_id = new.id;
END;

CREATE TRIGGER deadline_cases_update AFTER UPDATE OF status, fir_date, office_id ON cases BEGIN
    DELETE FROM deadline_items WHERE case_id = new.id;
    INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE case_id = new.id;
END;

-- Before and after: whichever order the cascade to the case's arrests and events runs in, nothing stays behind.
CREATE TRIGGER deadline_cases_delete_before BEFORE DELETE ON cases BEGIN
    DELETE FROM deadline_items WHERE case_id = old.id;
END;

CREATE TRIGGER deadline_cases_delete_after AFTER DELETE ON cases BEGIN
    DELETE FROM deadline_items WHERE case_id = old.id;
END;

-- An arrest, its custody orders, the arrested role of its person and the proclamations against that person change
-- only their own rows: a case with hundreds of arrests is not recomputed for each (imports add them one by one).
CREATE TRIGGER deadline_arrests_insert AFTER INSERT ON arrests BEGIN
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE item_id = new.id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_arrests_delete AFTER DELETE ON arrests BEGIN
    DELETE FROM deadline_items WHERE case_id = old.case_id AND kind IN ('PRODUCTION', 'REMAND') AND item_id = old.id;
END;

CREATE TRIGGER deadline_arrests_update
AFTER UPDATE OF case_id, person_id, arrested_at, produced_before_magistrate_at ON arrests BEGIN
    DELETE FROM deadline_items WHERE case_id IN (old.case_id, new.case_id) AND kind IN ('PRODUCTION', 'REMAND')
                                 AND item_id IN (old.id, new.id);
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE item_id = new.id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_custody_insert AFTER INSERT ON custody_periods BEGIN
    DELETE FROM deadline_items WHERE case_id = (SELECT case_id FROM arrests WHERE id = new.arrest_id)
                                 AND kind IN ('PRODUCTION', 'REMAND') AND item_id = new.arrest_id;
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE item_id = new.arrest_id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_custody_delete AFTER DELETE ON custody_periods BEGIN
    DELETE FROM deadline_items WHERE case_id = (SELECT case_id FROM arrests WHERE id = old.arrest_id)
                                 AND kind IN ('PRODUCTION', 'REMAND') AND item_id = old.arrest_id;
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE item_id = old.arrest_id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_custody_update AFTER UPDATE OF arrest_id, kind, to_date ON custody_periods BEGIN
    DELETE FROM deadline_items WHERE case_id IN (SELECT case_id FROM arrests WHERE id IN (old.arrest_id, new.arrest_id))
                                 AND kind IN ('PRODUCTION', 'REMAND') AND item_id IN (old.arrest_id, new.arrest_id);
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE item_id IN (old.arrest_id, new.arrest_id) AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_roles_insert AFTER INSERT ON case_persons WHEN new.arrest_status = 'ARRESTED' BEGIN
    DELETE FROM deadline_items WHERE case_id = new.case_id AND kind IN ('PRODUCTION', 'REMAND')
                                 AND person_id = new.person_id;
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE case_id = new.case_id AND person_id = new.person_id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_roles_delete AFTER DELETE ON case_persons WHEN old.arrest_status = 'ARRESTED' BEGIN
    DELETE FROM deadline_items WHERE case_id = old.case_id AND kind IN ('PRODUCTION', 'REMAND')
                                 AND person_id = old.person_id;
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE case_id = old.case_id AND person_id = old.person_id AND kind IN ('PRODUCTION', 'REMAND');
END;

CREATE TRIGGER deadline_roles_update AFTER UPDATE OF case_id, person_id, arrest_status ON case_persons
WHEN old.arrest_status = 'ARRESTED' OR new.arrest_status = 'ARRESTED' BEGIN
    DELETE FROM deadline_items WHERE case_id IN (old.case_id, new.case_id) AND kind IN ('PRODUCTION', 'REMAND')
                                 AND person_id IN (old.person_id, new.person_id);
    INSERT INTO deadline_items SELECT * FROM deadline_facts
    WHERE case_id IN (old.case_id, new.case_id) AND person_id IN (old.person_id, new.person_id)
      AND kind IN ('PRODUCTION', 'REMAND');
END;

-- Challans close the case's interim challan; proclamations and declarations open and close the person's.
CREATE TRIGGER deadline_events_insert AFTER INSERT ON events
WHEN new.case_id IS NOT NULL
 AND new.event_type IN ('PROCLAMATION', 'DECLARED_PO', 'INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    DELETE FROM deadline_items WHERE case_id = new.case_id
      AND ((kind = 'INTERIM_CHALLAN' AND new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))
           OR (kind = 'PROCLAMATION' AND person_id IS new.person_id));
    INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE case_id = new.case_id
      AND ((kind = 'INTERIM_CHALLAN' AND new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))
           OR (kind = 'PROCLAMATION' AND person_id IS new.person_id));
END;

CREATE TRIGGER deadline_events_delete AFTER DELETE ON events
WHEN old.case_id IS NOT NULL
 AND old.event_type IN ('PROCLAMATION', 'DECLARED_PO', 'INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    DELETE FROM deadline_items WHERE case_id = old.case_id
      AND ((kind = 'INTERIM_CHALLAN' AND old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))
           OR (kind = 'PROCLAMATION' AND person_id IS old.person_id));
    INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE case_id = old.case_id
      AND ((kind = 'INTERIM_CHALLAN' AND old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))
           OR (kind = 'PROCLAMATION' AND person_id IS old.person_id));
END;

-- A change of type, date, case or person is rare: both cases are recomputed whole.
CREATE TRIGGER deadline_events_update AFTER UPDATE OF case_id, person_id, event_type, occurred_at ON events
WHEN old.event_type IN ('PROCLAMATION', 'DECLARED_PO', 'INTERIM_CHALLAN', 'FINAL_CHALLAN')
  OR new.event_type IN ('PROCLAMATION', 'DECLARED_PO', 'INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    DELETE FROM deadline_items WHERE case_id IN (old.case_id, new.case_id);
    INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE case_id IN (old.case_id, new.case_id);
END;
