-- A completion can be withdrawn (issue 18): awarded in error, or found not to be the learner's own work. The row stays,
-- so that its certificate and its Open Badge are shown as withdrawn rather than unknown; it no longer counts.
ALTER TABLE completion ADD COLUMN withdrawn_at DATETIME(6) NULL;
ALTER TABLE completion ADD COLUMN withdrawn_by BIGINT NULL;
ALTER TABLE completion ADD COLUMN withdrawn_reason VARCHAR(500) NULL;
CREATE INDEX ix_completion_withdrawn ON completion (withdrawn_at);
