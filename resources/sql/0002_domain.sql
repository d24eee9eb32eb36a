-- Domain schema: persons, organisations, cases and everything DOMAIN.md lists. UUID text keys (records merge across
-- offices), STRICT tables, human numbers (FIR, enquiry) as columns. Enumerations are CHECKed here and mirrored by
-- the enums in core/domain; reference tables that offices edit (offences, event types, countries) are tables.

-- Reference data -------------------------------------------------------------------------------------------------

CREATE TABLE ref_offences (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,          -- e.g. 'PSMA-6', 'EO-17(2)', 'PPC-420'
    act          TEXT NOT NULL,                 -- 'PSMA 2018', 'PTPA 2018', 'Emigration Ordinance 1979', ...
    section      TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    title_ur     TEXT NOT NULL DEFAULT '',
    penalty      TEXT NOT NULL DEFAULT '',
    cognizable   INTEGER CHECK (cognizable IN (0, 1)),
    bailable     INTEGER CHECK (bailable IN (0, 1)),
    uncertain    INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE ref_event_types (
    code      TEXT PRIMARY KEY,                 -- FIR_REGISTERED, ARREST, PHYSICAL_REMAND, ...
    phase     TEXT NOT NULL CHECK (phase IN ('PRE_TRIAL', 'ABSCONDERS', 'TRIAL')),
    legal_ref TEXT NOT NULL DEFAULT '',
    title_en  TEXT NOT NULL,
    title_ur  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_countries (
    iso2    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_ur TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_route_codes (
    code    TEXT PRIMARY KEY,                   -- EASTERN_MED, CENTRAL_MED, ...
    name_en TEXT NOT NULL
) STRICT;

-- People -----------------------------------------------------------------------------------------------------------

CREATE TABLE persons (
    id                 TEXT PRIMARY KEY,
    name_latin         TEXT NOT NULL DEFAULT '',
    name_urdu          TEXT NOT NULL DEFAULT '',
    relation           TEXT CHECK (relation IN ('SO', 'DO', 'WO')),
    relative_latin     TEXT NOT NULL DEFAULT '',     -- father's or husband's name: part of identity
    relative_urdu      TEXT NOT NULL DEFAULT '',
    sex                TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'X', 'U')),
    birth_date         TEXT,                         -- ISO date; birth_year alone when only that is known
    birth_year         INTEGER,
    nationality        TEXT NOT NULL DEFAULT 'PK' REFERENCES ref_countries(iso2),
    cnic               TEXT CHECK (cnic IS NULL OR (length(cnic) = 13 AND cnic NOT GLOB '*[^0-9]*')),
    cnic_kind          TEXT CHECK (cnic_kind IN ('CNIC', 'NICOP')),
    red_book           INTEGER NOT NULL DEFAULT 0 CHECK (red_book IN (0, 1)),
    proclaimed_offender INTEGER NOT NULL DEFAULT 0 CHECK (proclaimed_offender IN (0, 1)),
    red_notice         INTEGER NOT NULL DEFAULT 0 CHECK (red_notice IN (0, 1)),
    notes              TEXT NOT NULL DEFAULT '',
    office_id          TEXT NOT NULL REFERENCES org_units(id),  -- the office that recorded the person
    merged_into        TEXT REFERENCES persons(id),             -- set when merged; the record stays for history
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (name_latin <> '' OR name_urdu <> '')
) STRICT;
CREATE INDEX persons_cnic ON persons(cnic) WHERE cnic IS NOT NULL;
CREATE INDEX persons_office ON persons(office_id);
CREATE INDEX persons_merged ON persons(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE person_aliases (
    id        TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL
) STRICT;
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE person_passports (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    number        TEXT NOT NULL,                 -- normalised: upper case, no spaces or hyphens
    issuing_state TEXT NOT NULL DEFAULT 'PK',
    issued_on     TEXT,
    expires_on    TEXT,
    status        TEXT NOT NULL DEFAULT 'VALID'
                  CHECK (status IN ('VALID', 'EXPIRED', 'LOST', 'CANCELLED', 'DUPLICATE', 'FORGED', 'TAMPERED',
                                    'FRAUDULENTLY_OBTAINED', 'IMPOSTOR'))
) STRICT;
CREATE INDEX person_passports_number ON person_passports(number);
CREATE INDEX person_passports_person ON person_passports(person_id);

CREATE TABLE person_phones (
    id        TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    e164      TEXT NOT NULL,
    label     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX person_phones_number ON person_phones(e164);
CREATE INDEX person_phones_person ON person_phones(person_id);

CREATE TABLE person_addresses (
    id        TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    country   TEXT NOT NULL DEFAULT 'PK',
    province  TEXT NOT NULL DEFAULT '',
    district  TEXT NOT NULL DEFAULT '',
    tehsil    TEXT NOT NULL DEFAULT '',
    locality  TEXT NOT NULL DEFAULT '',           -- village or mohalla
    line      TEXT NOT NULL DEFAULT '',
    address_key TEXT NOT NULL DEFAULT ''          -- normalised form for "shares address" links
) STRICT;
CREATE INDEX person_addresses_person ON person_addresses(person_id);
CREATE INDEX person_addresses_key ON person_addresses(address_key) WHERE address_key <> '';
CREATE INDEX person_addresses_district ON person_addresses(district);

CREATE TABLE person_photos (
    id        TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    mime      TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    data      BLOB NOT NULL
) STRICT;
CREATE INDEX person_photos_person ON person_photos(person_id);

CREATE TABLE watchlist_entries (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    list       TEXT NOT NULL CHECK (list IN ('ECL', 'PCL', 'VCL', 'BLACKLIST', 'STOP_LIST', 'RED_NOTICE')),
    reference  TEXT NOT NULL DEFAULT '',
    placed_on  TEXT,
    removed_on TEXT
) STRICT;
CREATE INDEX watchlist_person ON watchlist_entries(person_id);

-- Organisations and officers -------------------------------------------------------------------------------------

CREATE TABLE organisations (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    name_urdu    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('NETWORK', 'FRONT_COMPANY', 'TRAVEL_AGENCY', 'RECRUITMENT_AGENCY',
                                              'OTHER')),
    registration TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    office_id    TEXT NOT NULL REFERENCES org_units(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX organisations_office ON organisations(office_id);

CREATE TABLE memberships (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES persons(id),
    organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    role            TEXT NOT NULL DEFAULT '',
    since           TEXT,
    until           TEXT
) STRICT;
CREATE INDEX memberships_person ON memberships(person_id);
CREATE INDEX memberships_org ON memberships(organisation_id);

CREATE TABLE officers (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    name_urdu      TEXT NOT NULL DEFAULT '',
    rank           TEXT NOT NULL CHECK (rank IN ('CONSTABLE', 'HEAD_CONSTABLE', 'ASSISTANT_SUB_INSPECTOR',
                                                'SUB_INSPECTOR', 'INSPECTOR', 'ASSISTANT_DIRECTOR',
                                                'DEPUTY_DIRECTOR', 'ADDITIONAL_DIRECTOR', 'DIRECTOR',
                                                'DIRECTOR_GENERAL')),
    service_number TEXT NOT NULL UNIQUE,
    office_id      TEXT NOT NULL REFERENCES org_units(id),
    user_id        TEXT REFERENCES users(id)
) STRICT;
CREATE INDEX officers_office ON officers(office_id);

-- Incidents and cases --------------------------------------------------------------------------------------------

CREATE TABLE incidents (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('SHIPWRECK', 'DEATH_IN_TRANSIT', 'DETENTION_ABROAD', 'OTHER')),
    title          TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '',
    country        TEXT REFERENCES ref_countries(iso2),
    vessel         TEXT NOT NULL DEFAULT '',
    departure_port TEXT NOT NULL DEFAULT '',
    aboard         INTEGER,
    pk_dead        INTEGER,
    pk_missing     INTEGER,
    pk_survivors   INTEGER,
    notes          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cases (
    id             TEXT PRIMARY KEY,
    office_id      TEXT NOT NULL REFERENCES org_units(id),  -- the circle that owns the case: scoping uses it
    enquiry_number TEXT,
    enquiry_date   TEXT,
    fir_prefix     TEXT,
    fir_serial     INTEGER,
    fir_year       INTEGER,
    fir_station    TEXT,                                     -- police station or circle that registered it
    fir_date       TEXT,
    status         TEXT NOT NULL DEFAULT 'ENQUIRY_REGISTERED'
                   CHECK (status IN ('ENQUIRY_REGISTERED', 'ENQUIRY_CLOSED', 'FIR_REGISTERED', 'UNDER_INVESTIGATION',
                                     'INTERIM_CHALLAN_SUBMITTED', 'FINAL_CHALLAN_SUBMITTED',
                                     'DROPPED_AFTER_INVESTIGATION', 'UNDER_TRIAL', 'ACCUSED_PROCLAIMED_OFFENDER',
                                     'CONVICTED', 'ACQUITTED', 'APPEAL_PENDING', 'DISPOSED')),
    io_officer_id  TEXT REFERENCES officers(id),
    court          TEXT NOT NULL DEFAULT '',
    prosecutor     TEXT NOT NULL DEFAULT '',
    incident_id    TEXT REFERENCES incidents(id),
    route_code     TEXT REFERENCES ref_route_codes(code),
    title          TEXT NOT NULL DEFAULT '',
    summary        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (enquiry_number IS NOT NULL OR fir_serial IS NOT NULL),
    CHECK ((fir_serial IS NULL) = (fir_year IS NULL))
) STRICT;
CREATE UNIQUE INDEX cases_fir ON cases(fir_station, fir_year, fir_serial) WHERE fir_serial IS NOT NULL;
CREATE INDEX cases_enquiry ON cases(enquiry_number) WHERE enquiry_number IS NOT NULL;
CREATE INDEX cases_office_status ON cases(office_id, status);
CREATE INDEX cases_fir_date ON cases(fir_date);
CREATE INDEX cases_incident ON cases(incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE case_offences (
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    offence_id TEXT NOT NULL REFERENCES ref_offences(id),
    PRIMARY KEY (case_id, offence_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_links (
    case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    linked_case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, linked_case_id),
    CHECK (case_id <> linked_case_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_persons (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id        TEXT NOT NULL REFERENCES persons(id),
    role             TEXT NOT NULL CHECK (role IN ('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER',
                                                  'TRANSPORTER', 'SAFE_HOUSE', 'BOAT_OPERATOR', 'CORRUPT_OFFICIAL',
                                                  'COMPLAINANT', 'SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM', 'WITNESS',
                                                  'FAMILY_MEMBER')),
    victim_outcome   TEXT CHECK (victim_outcome IN ('SURVIVOR', 'DECEASED', 'MISSING', 'DEPORTEE', 'RETURNED')),
    exploitation     TEXT NOT NULL DEFAULT '',     -- form of exploitation for trafficking victims
    nominated_in_fir INTEGER NOT NULL DEFAULT 0 CHECK (nominated_in_fir IN (0, 1)),
    arrest_status    TEXT NOT NULL DEFAULT 'NOT_APPLICABLE'
                     CHECK (arrest_status IN ('NOT_APPLICABLE', 'WANTED', 'ARRESTED', 'ON_BAIL', 'ABSCONDING',
                                              'PROCLAIMED_OFFENDER', 'ABROAD', 'RELEASED')),
    notes            TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, person_id, role)
) STRICT;
CREATE INDEX case_persons_person ON case_persons(person_id);
CREATE INDEX case_persons_case_role ON case_persons(case_id, role);

-- Arrests and custody --------------------------------------------------------------------------------------------

CREATE TABLE arrests (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id            TEXT NOT NULL REFERENCES persons(id),
    arrested_at          TEXT NOT NULL,                -- ISO date-time, UTC
    place                TEXT NOT NULL DEFAULT '',
    arresting_office_id  TEXT NOT NULL REFERENCES org_units(id),
    category             TEXT NOT NULL DEFAULT 'GENERAL'
                         CHECK (category IN ('GENERAL', 'PROCLAIMED_OFFENDER', 'COURT_ABSCONDER', 'MOST_WANTED')),
    airport_intercept    TEXT NOT NULL DEFAULT 'NONE' CHECK (airport_intercept IN ('NONE', 'DEPARTURE', 'ARRIVAL')),
    stop_list_hit        INTEGER NOT NULL DEFAULT 0 CHECK (stop_list_hit IN (0, 1)),
    red_book_entry_id    TEXT,
    produced_before_magistrate_at TEXT
) STRICT;
CREATE INDEX arrests_office_date ON arrests(arresting_office_id, arrested_at);
CREATE INDEX arrests_date_category ON arrests(arrested_at, category);
CREATE INDEX arrests_case ON arrests(case_id);
CREATE INDEX arrests_person ON arrests(person_id);

CREATE TABLE custody_periods (
    id         TEXT PRIMARY KEY,
    arrest_id  TEXT NOT NULL REFERENCES arrests(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('PHYSICAL', 'JUDICIAL')),
    from_date  TEXT NOT NULL,
    to_date    TEXT NOT NULL,
    magistrate TEXT NOT NULL DEFAULT '',
    order_ref  TEXT NOT NULL DEFAULT '',
    CHECK (to_date >= from_date)
) STRICT;
CREATE INDEX custody_arrest ON custody_periods(arrest_id);
CREATE INDEX custody_to ON custody_periods(to_date);

-- Movement, money, documents, assets -----------------------------------------------------------------------------

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    case_id       TEXT REFERENCES cases(id) ON DELETE CASCADE,
    person_id     TEXT REFERENCES persons(id),
    doc_type      TEXT NOT NULL CHECK (doc_type IN ('PASSPORT', 'VISA', 'CNIC', 'NICOP', 'JOB_OFFER', 'ENTRY_EXIT_STAMP',
                                                    'PROTECTOR_REGISTRATION', 'TICKET', 'OTHER')),
    number        TEXT NOT NULL DEFAULT '',
    issuing_state TEXT,
    authenticity  TEXT NOT NULL DEFAULT 'UNKNOWN'
                  CHECK (authenticity IN ('UNKNOWN', 'GENUINE', 'FORGED', 'TAMPERED', 'FRAUDULENTLY_OBTAINED',
                                          'IMPOSTOR', 'GENUINE_MISUSED')),
    malkhana_ref  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_number ON documents(number) WHERE number <> '';

CREATE TABLE route_legs (
    id                    TEXT PRIMARY KEY,
    case_id               TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id             TEXT REFERENCES persons(id),
    seq                   INTEGER NOT NULL,
    from_country          TEXT NOT NULL REFERENCES ref_countries(iso2),
    from_place            TEXT NOT NULL DEFAULT '',
    to_country            TEXT NOT NULL REFERENCES ref_countries(iso2),
    to_place              TEXT NOT NULL DEFAULT '',
    mode                  TEXT NOT NULL CHECK (mode IN ('AIR', 'LAND', 'SEA')),
    border_point          TEXT NOT NULL DEFAULT '',
    leg_date              TEXT,
    facilitator_person_id TEXT REFERENCES persons(id),
    document_id           TEXT REFERENCES documents(id),
    outcome               TEXT NOT NULL DEFAULT 'UNKNOWN'
                          CHECK (outcome IN ('UNKNOWN', 'CROSSED', 'INTERCEPTED', 'DEPORTED', 'DIED', 'MISSING',
                                             'OFFLOADED'))
) STRICT;
CREATE INDEX route_legs_case ON route_legs(case_id, seq);

CREATE TABLE payments (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    payer_person_id  TEXT REFERENCES persons(id),
    payee_person_id  TEXT REFERENCES persons(id),
    amount_minor     INTEGER NOT NULL CHECK (amount_minor > 0),  -- in the currency's minor unit
    currency         TEXT NOT NULL,                               -- ISO 4217
    paid_on          TEXT,
    pkr_minor        INTEGER,                                     -- PKR equivalent (paisa) at the rate below
    rate_to_pkr      REAL,
    channel          TEXT NOT NULL DEFAULT 'CASH'
                     CHECK (channel IN ('CASH', 'BANK', 'HAWALA_HUNDI', 'MOBILE_WALLET', 'OTHER')),
    instalment_of    TEXT REFERENCES payments(id),
    fmu_reference    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX payments_case ON payments(case_id);
CREATE INDEX payments_payer ON payments(payer_person_id);
CREATE INDEX payments_payee ON payments(payee_person_id);

CREATE TABLE assets (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES persons(id),
    kind        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    value_pkr   INTEGER,
    action      TEXT NOT NULL CHECK (action IN ('SEIZED', 'FROZEN', 'ATTACHED')),
    action_date TEXT,
    order_ref   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX assets_case ON assets(case_id);

-- Court ----------------------------------------------------------------------------------------------------------

CREATE TABLE court_proceedings (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    court_kind    TEXT NOT NULL CHECK (court_kind IN ('MAGISTRATE', 'SESSIONS', 'SPECIAL_COURT_CENTRAL', 'HIGH_COURT',
                                                      'SUPREME_COURT')),
    court_name    TEXT NOT NULL DEFAULT '',
    court_case_no TEXT NOT NULL DEFAULT '',
    judgment      TEXT CHECK (judgment IN ('CONVICTED', 'ACQUITTED', 'DISCHARGED')),
    judgment_date TEXT,
    sentence      TEXT NOT NULL DEFAULT '',
    fine_pkr      INTEGER,
    appeal_of     TEXT REFERENCES court_proceedings(id)
) STRICT;
CREATE INDEX court_case ON court_proceedings(case_id);

CREATE TABLE hearings (
    id            TEXT PRIMARY KEY,
    proceeding_id TEXT NOT NULL REFERENCES court_proceedings(id) ON DELETE CASCADE,
    held_on       TEXT NOT NULL,
    next_on       TEXT,
    note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX hearings_next ON hearings(next_on);

-- Evidence -------------------------------------------------------------------------------------------------------

CREATE TABLE evidence_items (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('FILE', 'EXHIBIT')),
    title        TEXT NOT NULL,
    sha256       TEXT,
    size_bytes   INTEGER,
    mime         TEXT NOT NULL DEFAULT '',
    malkhana_ref TEXT NOT NULL DEFAULT '',
    collected_by TEXT NOT NULL DEFAULT '',
    collected_at TEXT
) STRICT;
CREATE INDEX evidence_case ON evidence_items(case_id);

CREATE TABLE evidence_custody (
    id          TEXT PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
    action      TEXT NOT NULL CHECK (action IN ('COLLECTED', 'HANDED_OVER', 'EXAMINED', 'RETURNED')),
    at          TEXT NOT NULL,
    by_whom     TEXT NOT NULL,
    to_whom     TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX evidence_custody_item ON evidence_custody(evidence_id, at);

-- Timeline events ------------------------------------------------------------------------------------------------

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    case_id     TEXT REFERENCES cases(id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES persons(id),
    event_type  TEXT NOT NULL REFERENCES ref_event_types(code),
    occurred_at TEXT NOT NULL,
    legal_ref   TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX events_case_time ON events(case_id, occurred_at);
CREATE INDEX events_person_time ON events(person_id, occurred_at);

-- Typed, dated links between persons and organisations (recruited, paid, family, associate, ...) -------------------

CREATE TABLE links (
    id          TEXT PRIMARY KEY,
    from_kind   TEXT NOT NULL CHECK (from_kind IN ('PERSON', 'ORGANISATION')),
    from_id     TEXT NOT NULL,
    to_kind     TEXT NOT NULL CHECK (to_kind IN ('PERSON', 'ORGANISATION')),
    to_id       TEXT NOT NULL,
    link_type   TEXT NOT NULL CHECK (link_type IN ('RECRUITED', 'SUB_AGENT_OF', 'PAID', 'MEMBER_OF', 'FAMILY',
                                                    'ASSOCIATE', 'TRAVELLED_WITH', 'ARRESTED_TOGETHER')),
    relation    TEXT NOT NULL DEFAULT '',        -- e.g. 'SO', 'brother' for FAMILY
    strength    REAL NOT NULL DEFAULT 1.0 CHECK (strength > 0 AND strength <= 1),
    valid_from  TEXT,
    valid_to    TEXT,
    case_id     TEXT REFERENCES cases(id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX links_from ON links(from_id, link_type);
CREATE INDEX links_to ON links(to_id, link_type);

-- Red Book -------------------------------------------------------------------------------------------------------

CREATE TABLE red_book_editions (
    id           TEXT PRIMARY KEY,
    edition      INTEGER NOT NULL UNIQUE,
    year         INTEGER NOT NULL,
    published_on TEXT
) STRICT;

CREATE TABLE red_book_entries (
    id          TEXT PRIMARY KEY,
    edition_id  TEXT NOT NULL REFERENCES red_book_editions(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES persons(id),
    zone_id     TEXT NOT NULL REFERENCES org_units(id),
    serial      INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'WANTED' CHECK (status IN ('WANTED', 'ARRESTED', 'ABROAD', 'DECEASED',
                                                                 'REMOVED')),
    status_on   TEXT,
    UNIQUE (edition_id, serial)
) STRICT;
CREATE INDEX red_book_zone ON red_book_entries(edition_id, zone_id, status);
CREATE INDEX red_book_person ON red_book_entries(person_id);

-- A merge keeps the merged record (merged_into) and lists every reference it moved, so it can be undone exactly.
CREATE TABLE person_merges (
    id         TEXT PRIMARY KEY,
    kept_id    TEXT NOT NULL REFERENCES persons(id),
    merged_id  TEXT NOT NULL REFERENCES persons(id),
    moved      TEXT NOT NULL,            -- JSON: {"table": ["row id", ...], ...}
    merged_at  TEXT NOT NULL,
    undone_at  TEXT
) STRICT;
CREATE INDEX person_merges_kept ON person_merges(kept_id);

-- Prosecutor-readers see only the cases assigned to them.
CREATE TABLE case_assignments (
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users(id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (case_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_assignments_user ON case_assignments(user_id);

-- Search ---------------------------------------------------------------------------------------------------------
-- Full-text indexes over normalised forms that core/text computes (both scripts, transliterations, spelling
-- skeletons); the repositories keep them in step with the rows in the same transaction.
CREATE VIRTUAL TABLE person_search USING fts5(
    person_id UNINDEXED,
    names,          -- folded and Latin forms of every name, alias and the father's or husband's name
    keys,           -- phonetic keys of those words, for spellings the folding does not reach
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE case_search USING fts5(
    case_id UNINDEXED,
    numbers,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
