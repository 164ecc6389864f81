-- A course's time is computed from its words (training-content ReadingTime, issue 13), no longer typed in: a draft
-- stops keeping its own figure. Published versions keep theirs, as computed when they were published.
ALTER TABLE course_draft DROP COLUMN estimated_minutes;
