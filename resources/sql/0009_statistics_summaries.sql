-- Statistics, continued: the victim, fee, asset, challan and partner tables of the dashboard as summaries kept by triggers,
-- as migration 0008 did for arrests and cases. Reading them joined a quarter of a million victims or half a million
-- payments to their cases and persons, 5-15 s each on the large synthetic database (bench_statistics).
--
-- Every summary follows one pattern. A view gives the facts of the base tables ("stat_*_facts"), keyed so that a
-- change can name the facts it touches (a case, a person, a case role, a payment agreement). A trigger BEFORE the
-- change adds the named facts with a count of -1 each, the same trigger AFTER the change adds them again with +1:
-- whatever the change did, the summary moves from the old facts to the new ones, and the view is the single
-- definition of both. Cells that fall to zero stay as zero rows; readers skip them (n > 0).
--
-- A case deleted outright is subtracted by its own BEFORE DELETE trigger; the cascade that removes its roles and
-- payments then finds no case in the views and subtracts nothing twice (as in 0008). test_statistics holds every
-- summary equal to the base tables after inserts, updates, moves and deletes.

-- Victims: smuggled migrants and trafficking victims in a role per case, counted under the case's office and month
-- (FIR date, else enquiry date, else creation) in four margins: home district (the first recorded address), sex,
-- age band at the case's date, and outcome.
CREATE VIEW stat_victim_facts AS
SELECT cp.id AS fact_id, cp.case_id AS case_id, cp.person_id AS person_id, c.office_id AS office_id,
       substr(coalesce(c.fir_date, c.enquiry_date, substr(c.created_at, 1, 10)), 1, 7) AS month,
       coalesce((SELECT nullif(pa.district, '') FROM person_addresses pa WHERE pa.person_id = p.id
                 ORDER BY pa.rowid LIMIT 1), 'UNKNOWN') AS district,
       p.sex AS sex,
       CASE WHEN coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) IS NULL THEN 'UNKNOWN'
            ELSE (SELECT CASE WHEN age < 18 THEN '0-17' WHEN age < 26 THEN '18-25' WHEN age < 36 THEN '26-35'
                              WHEN age < 51 THEN '36-50' ELSE '51+' END
                  FROM (SELECT CAST(substr(coalesce(c.fir_date, c.enquiry_date, substr(c.created_at, 1, 10)), 1, 4)
                                    AS INTEGER) - coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER))
                               AS age)) END AS age,
       coalesce(cp.victim_outcome, 'UNKNOWN') AS outcome
FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = cp.person_id
WHERE cp.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM');

CREATE VIEW stat_victim_keys AS
SELECT fact_id, case_id, person_id, office_id, month, 'district' AS dim, district AS key FROM stat_victim_facts
UNION ALL SELECT fact_id, case_id, person_id, office_id, month, 'sex', sex FROM stat_victim_facts
UNION ALL SELECT fact_id, case_id, person_id, office_id, month, 'age', age FROM stat_victim_facts
UNION ALL SELECT fact_id, case_id, person_id, office_id, month, 'outcome', outcome FROM stat_victim_facts;

CREATE TABLE stat_victims (
    office_id TEXT NOT NULL,
    month     TEXT NOT NULL,
    dim       TEXT NOT NULL CHECK (dim IN ('district', 'sex', 'age', 'outcome')),
    key       TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, dim, key)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys WHERE true
GROUP BY 1, 2, 3, 4;

-- Fees: one fee per payment agreement (a payment and the instalments hanging from it), its PKR total rounded to
-- three significant figures, counted under the case's office and route and the month of the first payment ('' when
-- that is undated). The median of the rounded totals is within 0.5 % of the exact one; both paths round alike.
CREATE INDEX IF NOT EXISTS payments_instalment ON payments(instalment_of) WHERE instalment_of IS NOT NULL;

CREATE VIEW stat_fee_facts AS
SELECT root_id, case_id, office_id, month, route,
       ((pkr + CAST('1' || substr('000000000000000000', 1, max(length(pkr) - 3, 0)) AS INTEGER) / 2)
        / CAST('1' || substr('000000000000000000', 1, max(length(pkr) - 3, 0)) AS INTEGER))
       * CAST('1' || substr('000000000000000000', 1, max(length(pkr) - 3, 0)) AS INTEGER) AS fee
FROM (SELECT r.id AS root_id, r.case_id AS case_id, c.office_id AS office_id,
             coalesce(substr(r.paid_on, 1, 7), '') AS month, coalesce(c.route_code, '') AS route,
             CAST(round(((SELECT total(i.pkr_minor) FROM payments i WHERE i.instalment_of = r.id)
                         + coalesce(r.pkr_minor, 0)) / 100.0) AS INTEGER) AS pkr
      FROM payments r JOIN cases c ON c.id = r.case_id
      WHERE r.instalment_of IS NULL)
WHERE pkr > 0;

CREATE TABLE stat_fees (
    office_id TEXT NOT NULL,
    month     TEXT NOT NULL,
    route     TEXT NOT NULL,
    fee       INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, route, fee)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_fees SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts WHERE true GROUP BY 1, 2, 3, 4;

-- The same fees without the office, for accounts that see every office (HQ): one row per month, route and fee
-- instead of one per office too. Kept from stat_fees itself.
CREATE TABLE stat_fees_all (
    month TEXT NOT NULL,
    route TEXT NOT NULL,
    fee   INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (month, route, fee)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_fees_all SELECT month, route, fee, sum(n) FROM stat_fees WHERE true GROUP BY 1, 2, 3;

CREATE TRIGGER stat_fees_all_insert AFTER INSERT ON stat_fees BEGIN
    INSERT INTO stat_fees_all VALUES (new.month, new.route, new.fee, new.n) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_fees_all_update AFTER UPDATE OF n ON stat_fees BEGIN
    UPDATE stat_fees_all SET n = n + new.n - old.n WHERE month = new.month AND route = new.route AND fee = new.fee;
END;

-- Assets seized, frozen or attached: count and value by the case's office, the month of the action ('' when
-- undated) and the action.
CREATE VIEW stat_asset_facts AS
SELECT s.id AS asset_id, s.case_id AS case_id, c.office_id AS office_id,
       coalesce(substr(s.action_date, 1, 7), '') AS month, s.action AS action, coalesce(s.value_pkr, 0) AS value
FROM assets s JOIN cases c ON c.id = s.case_id;

CREATE TABLE stat_assets (
    office_id TEXT NOT NULL,
    month     TEXT NOT NULL,
    action    TEXT NOT NULL,
    n         INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, action)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_assets SELECT office_id, month, action, count(*), sum(value) FROM stat_asset_facts WHERE true
GROUP BY 1, 2, 3;

CREATE TRIGGER stat_assets_insert AFTER INSERT ON assets BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, count(*), sum(value) FROM stat_asset_facts
    WHERE asset_id = new.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
END;

CREATE TRIGGER stat_assets_delete BEFORE DELETE ON assets BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, -count(*), -sum(value) FROM stat_asset_facts
    WHERE asset_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
END;

CREATE TRIGGER stat_assets_update_before BEFORE UPDATE OF case_id, value_pkr, action, action_date ON assets BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, -count(*), -sum(value) FROM stat_asset_facts
    WHERE asset_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
END;

CREATE TRIGGER stat_assets_update_after AFTER UPDATE OF case_id, value_pkr, action, action_date ON assets BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, count(*), sum(value) FROM stat_asset_facts
    WHERE asset_id = new.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
END;

-- Interim challans (s.173) of FIR cases by the month of the FIR: submitted within FIR + 14 + 3 days, later, or not
-- at all ('NONE'; the reader splits these into overdue and not yet due against today's date).
CREATE VIEW stat_challan_facts AS
SELECT case_id, office_id, month,
       CASE WHEN sub IS NULL THEN 'NONE' WHEN sub <= date(fir_date, '+17 days') THEN 'ON_TIME' ELSE 'LATE' END AS state
FROM (SELECT c.id AS case_id, c.office_id AS office_id, substr(c.fir_date, 1, 7) AS month, c.fir_date AS fir_date,
             (SELECT min(substr(e.occurred_at, 1, 10)) FROM events e WHERE e.case_id = c.id
              AND e.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN')) AS sub
      FROM cases c WHERE c.fir_date IS NOT NULL);

CREATE TABLE stat_challans (
    office_id TEXT NOT NULL,
    month     TEXT NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('ON_TIME', 'LATE', 'NONE')),
    n         INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, state)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts WHERE true
GROUP BY 1, 2, 3;

-- Partner exchange: accused persons per case by nationality and the case's EU route code (a person accused in two
-- cases counts in each), under the case's office and month.
CREATE VIEW stat_partner_facts AS
SELECT DISTINCT cp.case_id AS case_id, cp.person_id AS person_id, c.office_id AS office_id,
       substr(coalesce(c.fir_date, c.enquiry_date, substr(c.created_at, 1, 10)), 1, 7) AS month,
       p.nationality AS nationality, c.route_code AS route
FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = cp.person_id
WHERE cp.role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE',
                  'BOAT_OPERATOR', 'CORRUPT_OFFICIAL')
  AND c.route_code IS NOT NULL;

CREATE TABLE stat_partner (
    office_id   TEXT NOT NULL,
    month       TEXT NOT NULL,
    nationality TEXT NOT NULL,
    route       TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (office_id, month, nationality, route)
) STRICT, WITHOUT ROWID;

INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts WHERE true
GROUP BY 1, 2, 3, 4;

-- Case roles: victims (by role row) and partner counts (by case and person); each pair only for the roles it counts,
-- since imports add roles one by one.
CREATE TRIGGER stat_roles_victim_insert AFTER INSERT ON case_persons
WHEN new.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM') BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE fact_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_victim_delete BEFORE DELETE ON case_persons
WHEN old.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM') BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE fact_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_partner_insert_before BEFORE INSERT ON case_persons
WHEN new.role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE',
                  'BOAT_OPERATOR', 'CORRUPT_OFFICIAL') BEGIN
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE case_id = new.case_id AND person_id = new.person_id GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_partner_insert_after AFTER INSERT ON case_persons
WHEN new.role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE',
                  'BOAT_OPERATOR', 'CORRUPT_OFFICIAL') BEGIN
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts
    WHERE case_id = new.case_id AND person_id = new.person_id GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_partner_delete_before BEFORE DELETE ON case_persons
WHEN old.role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE',
                  'BOAT_OPERATOR', 'CORRUPT_OFFICIAL') BEGIN
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE case_id = old.case_id AND person_id = old.person_id GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_partner_delete_after AFTER DELETE ON case_persons
WHEN old.role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE',
                  'BOAT_OPERATOR', 'CORRUPT_OFFICIAL') BEGIN
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts
    WHERE case_id = old.case_id AND person_id = old.person_id GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_update_before BEFORE UPDATE OF case_id, person_id, role, victim_outcome ON case_persons
BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE fact_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE (case_id = old.case_id AND person_id = old.person_id) OR (case_id = new.case_id AND person_id = new.person_id)
    GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_roles_update_after AFTER UPDATE OF case_id, person_id, role, victim_outcome ON case_persons
BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE fact_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts
    WHERE (case_id = old.case_id AND person_id = old.person_id) OR (case_id = new.case_id AND person_id = new.person_id)
    GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Persons: sex and birth (victims), nationality (partner). Skipped for persons in no counted role.
CREATE TRIGGER stat_persons_update_before BEFORE UPDATE OF sex, birth_year, birth_date, nationality ON persons
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = old.id) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE person_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE person_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_persons_update_after AFTER UPDATE OF sex, birth_year, birth_date, nationality ON persons
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = new.id) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE person_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts
    WHERE person_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Addresses: a victim's home district is their first recorded address.
CREATE TRIGGER stat_addresses_insert_before BEFORE INSERT ON person_addresses
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = new.person_id
             AND x.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE person_id = new.person_id AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_addresses_insert_after AFTER INSERT ON person_addresses
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = new.person_id
             AND x.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE person_id = new.person_id AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_addresses_delete_before BEFORE DELETE ON person_addresses
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = old.person_id
             AND x.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE person_id = old.person_id AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_addresses_delete_after AFTER DELETE ON person_addresses
WHEN EXISTS (SELECT 1 FROM case_persons x WHERE x.person_id = old.person_id
             AND x.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')) BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE person_id = old.person_id AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_addresses_update_before BEFORE UPDATE OF person_id, district ON person_addresses BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE person_id IN (old.person_id, new.person_id) AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_addresses_update_after AFTER UPDATE OF person_id, district ON person_addresses BEGIN
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE person_id IN (old.person_id, new.person_id) AND dim = 'district' GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Payments: the agreement a payment belongs to (itself, or the payment it is an instalment of).
CREATE TRIGGER stat_payments_insert_before BEFORE INSERT ON payments WHEN new.instalment_of IS NOT NULL BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, -count(*) FROM stat_fee_facts
    WHERE root_id = new.instalment_of GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_payments_insert_after AFTER INSERT ON payments BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts
    WHERE root_id = coalesce(new.instalment_of, new.id) GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_payments_delete_before BEFORE DELETE ON payments BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, -count(*) FROM stat_fee_facts
    WHERE root_id = coalesce(old.instalment_of, old.id) GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_payments_delete_after AFTER DELETE ON payments WHEN old.instalment_of IS NOT NULL BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts
    WHERE root_id = old.instalment_of GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_payments_update_before BEFORE UPDATE OF case_id, paid_on, pkr_minor, instalment_of ON payments
BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, -count(*) FROM stat_fee_facts
    WHERE root_id IN (coalesce(old.instalment_of, old.id), coalesce(new.instalment_of, new.id), old.id)
    GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_payments_update_after AFTER UPDATE OF case_id, paid_on, pkr_minor, instalment_of ON payments
BEGIN
    INSERT INTO stat_fees SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts
    WHERE root_id IN (coalesce(old.instalment_of, old.id), coalesce(new.instalment_of, new.id), old.id)
    GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Challan events.
CREATE TRIGGER stat_events_insert_before BEFORE INSERT ON events
WHEN new.case_id IS NOT NULL AND new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, -count(*) FROM stat_challan_facts
    WHERE case_id = new.case_id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_events_insert_after AFTER INSERT ON events
WHEN new.case_id IS NOT NULL AND new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts
    WHERE case_id = new.case_id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_events_delete_before BEFORE DELETE ON events
WHEN old.case_id IS NOT NULL AND old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, -count(*) FROM stat_challan_facts
    WHERE case_id = old.case_id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_events_delete_after AFTER DELETE ON events
WHEN old.case_id IS NOT NULL AND old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts
    WHERE case_id = old.case_id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_events_update_before BEFORE UPDATE OF case_id, event_type, occurred_at ON events
WHEN old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') OR new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN')
BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, -count(*) FROM stat_challan_facts
    WHERE case_id IN (old.case_id, new.case_id) GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_events_update_after AFTER UPDATE OF case_id, event_type, occurred_at ON events
WHEN old.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN') OR new.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN')
BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts
    WHERE case_id IN (old.case_id, new.case_id) GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Cases: a new case can only bring a challan fact (its roles and payments come after it); a change of office,
-- dates or route moves every fact of the case; a deletion subtracts them before the cascade runs.
CREATE TRIGGER stat_cases_more_insert AFTER INSERT ON cases WHEN new.fir_date IS NOT NULL BEGIN
    INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts
    WHERE case_id = new.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_cases_more_delete BEFORE DELETE ON cases BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, -count(*), -sum(value) FROM stat_asset_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_fees SELECT office_id, month, route, fee, -count(*) FROM stat_fee_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_challans SELECT office_id, month, state, -count(*) FROM stat_challan_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_cases_more_update_before
BEFORE UPDATE OF office_id, fir_date, enquiry_date, created_at, route_code ON cases BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, -count(*), -sum(value) FROM stat_asset_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
    INSERT INTO stat_victims SELECT office_id, month, dim, key, -count(*) FROM stat_victim_keys
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_fees SELECT office_id, month, route, fee, -count(*) FROM stat_fee_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_challans SELECT office_id, month, state, -count(*) FROM stat_challan_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, -count(*) FROM stat_partner_facts
    WHERE case_id = old.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stat_cases_more_update_after
AFTER UPDATE OF office_id, fir_date, enquiry_date, created_at, route_code ON cases BEGIN
    INSERT INTO stat_assets SELECT office_id, month, action, count(*), sum(value) FROM stat_asset_facts
    WHERE case_id = new.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n, value = value + excluded.value;
    INSERT INTO stat_victims SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys
    WHERE case_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_fees SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts
    WHERE case_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_challans SELECT office_id, month, state, count(*) FROM stat_challan_facts
    WHERE case_id = new.id GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO stat_partner SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts
    WHERE case_id = new.id GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
