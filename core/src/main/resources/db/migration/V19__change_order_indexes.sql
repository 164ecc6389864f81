-- Incremental sync reads people by when they were last changed and completions by when they were recorded, in that
-- order with the id as tie-break, a page at a time: both orders come from an index. person.updated_at exists since V1
-- and is kept by the entity on every change (by hand, by import, by sign-in), so no backfill is needed.
CREATE INDEX ix_person_updated ON person (updated_at, id);
CREATE INDEX ix_completion_completed ON completion (completed_at, id);
