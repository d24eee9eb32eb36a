-- Statistics: exact monthly counts kept by triggers, so the dashboard reads a few thousand summary rows instead of
-- joining 500,000 arrests to their cases (bench_statistics measured the join at several hundred ms). Every insert,
-- update and delete of an arrest or a case adjusts them in the same transaction. StatisticsQuery reads them when the
-- filter is whole months and needs no per-case test (no offence filter, not a prosecutor-reader, whose scope is by
-- assignment), and the base tables otherwise; test_statistics checks that both paths agree after every change.

-- Arrests by the owning office of their case (the scope), the arresting unit, month and category.
CREATE TABLE stat_arrests (
    office_id           TEXT NOT NULL,
    arresting_office_id TEXT NOT NULL,
    month               TEXT NOT NULL,   -- 'YYYY-MM' of arrested_at
    category            TEXT NOT NULL,
    n                   INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, arresting_office_id, category)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_arrests
SELECT c.office_id, a.arresting_office_id, substr(a.arrested_at, 1, 7), a.category, count(*)
FROM arrests a JOIN cases c ON c.id = a.case_id WHERE 1 GROUP BY 1, 2, 3, 4;

CREATE TRIGGER stat_arrests_insert AFTER INSERT ON arrests BEGIN
    INSERT INTO stat_arrests
    SELECT c.office_id, new.arresting_office_id, substr(new.arrested_at, 1, 7), new.category, 1
    FROM cases c WHERE c.id = new.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- When the case itself is being deleted, its arrests were subtracted before (stat_arrests_case_delete) and the
-- lookup below finds no case, so nothing is subtracted twice.
CREATE TRIGGER stat_arrests_delete AFTER DELETE ON arrests BEGIN
    UPDATE stat_arrests SET n = n - 1
    WHERE office_id = (SELECT office_id FROM cases WHERE id = old.case_id) AND month = substr(old.arrested_at, 1, 7)
      AND arresting_office_id = old.arresting_office_id AND category = old.category;
    DELETE FROM stat_arrests
    WHERE office_id = (SELECT office_id FROM cases WHERE id = old.case_id) AND month = substr(old.arrested_at, 1, 7)
      AND arresting_office_id = old.arresting_office_id AND category = old.category AND n <= 0;
END;

CREATE TRIGGER stat_arrests_update AFTER UPDATE OF case_id, arrested_at, arresting_office_id, category ON arrests
BEGIN
    UPDATE stat_arrests SET n = n - 1
    WHERE office_id = (SELECT office_id FROM cases WHERE id = old.case_id) AND month = substr(old.arrested_at, 1, 7)
      AND arresting_office_id = old.arresting_office_id AND category = old.category;
    DELETE FROM stat_arrests
    WHERE office_id = (SELECT office_id FROM cases WHERE id = old.case_id) AND month = substr(old.arrested_at, 1, 7)
      AND arresting_office_id = old.arresting_office_id AND category = old.category AND n <= 0;
    INSERT INTO stat_arrests
    SELECT c.office_id, new.arresting_office_id, substr(new.arrested_at, 1, 7), new.category, 1
    FROM cases c WHERE c.id = new.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stat_arrests_case_delete BEFORE DELETE ON cases BEGIN
    UPDATE stat_arrests SET n = n - (SELECT count(*) FROM arrests a WHERE a.case_id = old.id
                                     AND a.arresting_office_id = stat_arrests.arresting_office_id
                                     AND substr(a.arrested_at, 1, 7) = stat_arrests.month
                                     AND a.category = stat_arrests.category)
    WHERE office_id = old.office_id;
    DELETE FROM stat_arrests WHERE office_id = old.office_id AND n <= 0;
END;

CREATE TRIGGER stat_arrests_case_move AFTER UPDATE OF office_id ON cases WHEN new.office_id <> old.office_id BEGIN
    UPDATE stat_arrests SET n = n - (SELECT count(*) FROM arrests a WHERE a.case_id = new.id
                                     AND a.arresting_office_id = stat_arrests.arresting_office_id
                                     AND substr(a.arrested_at, 1, 7) = stat_arrests.month
                                     AND a.category = stat_arrests.category)
    WHERE office_id = old.office_id;
    DELETE FROM stat_arrests WHERE office_id = old.office_id AND n <= 0;
    INSERT INTO stat_arrests
    SELECT new.office_id, a.arresting_office_id, substr(a.arrested_at, 1, 7), a.category, count(*)
    FROM arrests a WHERE a.case_id = new.id GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Cases by office, month of their date (FIR, else enquiry, else creation), status and which numbers they carry.
CREATE TABLE stat_cases (
    office_id   TEXT NOT NULL,
    month       TEXT NOT NULL,
    status      TEXT NOT NULL,
    has_enquiry INTEGER NOT NULL,
    has_fir     INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, status, has_enquiry, has_fir)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_cases
SELECT office_id, substr(coalesce(fir_date, enquiry_date, substr(created_at, 1, 10)), 1, 7), status,
       enquiry_number IS NOT NULL, fir_serial IS NOT NULL, count(*)
FROM cases WHERE 1 GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER stat_cases_insert AFTER INSERT ON cases BEGIN
    INSERT INTO stat_cases VALUES (new.office_id,
        substr(coalesce(new.fir_date, new.enquiry_date, substr(new.created_at, 1, 10)), 1, 7), new.status,
        new.enquiry_number IS NOT NULL, new.fir_serial IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stat_cases_delete AFTER DELETE ON cases BEGIN
    UPDATE stat_cases SET n = n - 1
    WHERE office_id = old.office_id
      AND month = substr(coalesce(old.fir_date, old.enquiry_date, substr(old.created_at, 1, 10)), 1, 7)
      AND status = old.status AND has_enquiry = (old.enquiry_number IS NOT NULL)
      AND has_fir = (old.fir_serial IS NOT NULL);
    DELETE FROM stat_cases WHERE office_id = old.office_id AND n <= 0;
END;

CREATE TRIGGER stat_cases_update
AFTER UPDATE OF office_id, status, fir_date, enquiry_date, created_at, enquiry_number, fir_serial ON cases BEGIN
    UPDATE stat_cases SET n = n - 1
    WHERE office_id = old.office_id
      AND month = substr(coalesce(old.fir_date, old.enquiry_date, substr(old.created_at, 1, 10)), 1, 7)
      AND status = old.status AND has_enquiry = (old.enquiry_number IS NOT NULL)
      AND has_fir = (old.fir_serial IS NOT NULL);
    DELETE FROM stat_cases WHERE office_id = old.office_id AND n <= 0;
    INSERT INTO stat_cases VALUES (new.office_id,
        substr(coalesce(new.fir_date, new.enquiry_date, substr(new.created_at, 1, 10)), 1, 7), new.status,
        new.enquiry_number IS NOT NULL, new.fir_serial IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- The other aggregates read their fact tables; these indexes let them start from the rows they count.
CREATE INDEX IF NOT EXISTS events_challans ON events(event_type, case_id, occurred_at);
CREATE INDEX IF NOT EXISTS case_persons_role_case ON case_persons(role, case_id, person_id, victim_outcome);
CREATE INDEX IF NOT EXISTS cases_fir_office ON cases(fir_date, office_id, status) WHERE fir_date IS NOT NULL;
