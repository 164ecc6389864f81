-- The Progress page counts and pages in the database (issue 11, item 15). These indexes let it read what it needs
-- without touching table rows it does not show: a course's assignments with their people and due dates (the totals
-- read this index alone), whether a person's course has a completion, and a team's or everyone's names in order.
CREATE INDEX ix_course_assignment_progress ON course_assignment (course_id, person_id, due_date);
CREATE INDEX ix_completion_person_course ON completion (person_id, course_id, expires_on);
CREATE INDEX ix_person_manager_name ON person (manager_id, display_name);
CREATE INDEX ix_person_name ON person (display_name);
