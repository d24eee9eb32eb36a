-- Reserved: number 16 belongs to another branch's migration. This placeholder only keeps the numbering contiguous
-- until that branch is merged; drop this file at the merge (the migration runner requires 1, 2, 3, ...).
SELECT 1;
