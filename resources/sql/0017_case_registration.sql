-- Registering a case records when, not only on which day: the instant (UTC) the enquiry and the FIR were registered.
-- The date columns stay the Pakistani calendar day the deadlines count from; the instants are NULL for cases
-- recorded before this migration (their time was never entered, and none is invented).
ALTER TABLE cases ADD COLUMN enquiry_registered_at TEXT;
ALTER TABLE cases ADD COLUMN fir_registered_at TEXT;
-- An enquiry number is unique for its office and year: the repository checks it (with a specific message) inside the
-- write transaction; this index keeps that check cheap.
CREATE INDEX cases_enquiry_office ON cases(office_id, enquiry_number COLLATE NOCASE) WHERE enquiry_number IS NOT NULL;

-- An arrest dated before the case was registered, or later than now, is recorded only with the officer's reason;
-- a production before the magistrate later than 24 hours after arrest only with the reason for the delay. Both are
-- shown on the arrest and printed in the case file. Empty for arrests that needed none.
ALTER TABLE arrests ADD COLUMN date_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE arrests ADD COLUMN production_delay_reason TEXT NOT NULL DEFAULT '';
