-- A proclamation's 30 days (s.87) count from the office's calendar day of its instant, which SQL cannot know: the
-- anchor was the UTC date (substr of occurred_at), a day early for a proclamation published before 05:00 in
-- Pakistan. The anchor is now the instant itself; DeadlineQuery takes its office-local date (domain/localtime.h).
-- ISO 8601 UTC text orders as the instants do, so the index still yields the items in due order.

DROP VIEW deadline_facts;

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
SELECT e.case_id, 'PROCLAMATION', e.id, e.person_id, c.office_id, e.occurred_at, NULL
FROM events e JOIN cases c ON c.id = e.case_id
WHERE e.event_type = 'PROCLAMATION'
  AND NOT EXISTS (SELECT 1 FROM events d WHERE d.event_type = 'DECLARED_PO' AND d.case_id = e.case_id
                  AND d.person_id IS e.person_id)
  AND c.status NOT IN ('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', 'ACQUITTED', 'DISPOSED');

DELETE FROM deadline_items WHERE kind = 'PROCLAMATION';
INSERT INTO deadline_items SELECT * FROM deadline_facts WHERE kind = 'PROCLAMATION';
