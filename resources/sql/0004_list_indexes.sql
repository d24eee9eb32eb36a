-- Indexes for the first screen of the paged lists (bench_models on the large synthetic database): each default
-- order walks an index ending in the row key, so keyset pagination reads one page instead of sorting the table.
CREATE INDEX arrests_list ON arrests(arrested_at, id);
CREATE INDEX events_list ON events(occurred_at, id);
CREATE INDEX payments_list ON payments(paid_on, id);
CREATE INDEX case_persons_role_list ON case_persons(role, id);
CREATE INDEX cases_list ON cases(coalesce(fir_date, created_at), id);
