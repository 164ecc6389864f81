-- Where each assignment stands, kept on its row (issue 15, decision 0019), so that the completion matrix, its totals
-- and the Progress page count and filter on columns of one table instead of looking for completions, attempts and
-- lesson reads per cell (a million or more lookups at 100,000 learners).
-- started: a quiz attempt or a lesson read exists in any version of the course.
-- valid_until: the latest expiry of the person's completions of the course (9999-12-31 for one that never expires),
-- null when they have never completed it. Complete on a day when valid_until is after it; expired when on or before.
-- Learning keeps both up to date as it writes reads, attempts, completions and assignments (AssignmentStandings).
ALTER TABLE course_assignment ADD COLUMN started BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE course_assignment ADD COLUMN valid_until DATE;

UPDATE course_assignment SET
    started = CASE WHEN EXISTS (SELECT 1 FROM quiz_attempt q WHERE q.person_id = course_assignment.person_id
            AND q.course_id = course_assignment.course_id)
        OR EXISTS (SELECT 1 FROM lesson_read r JOIN course_version rv ON rv.id = r.course_version_id
            WHERE r.person_id = course_assignment.person_id AND rv.course_id = course_assignment.course_id)
        THEN TRUE ELSE FALSE END,
    valid_until = (SELECT MAX(COALESCE(c.expires_on, DATE '9999-12-31')) FROM completion c
        WHERE c.person_id = course_assignment.person_id AND c.course_id = course_assignment.course_id);

-- A person's cells read from the index alone: "has this person a cell in the state chosen" for a page, and the
-- totals per course and state, which walk the people chosen and read their cells here.
CREATE INDEX ix_course_assignment_person_cells ON course_assignment (person_id, course_id, due_date, valid_until, started);
