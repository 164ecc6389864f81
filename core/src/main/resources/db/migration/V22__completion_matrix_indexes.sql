-- The completion matrix (issue 15) filters people by department, job role and path, sorted by name, and reads each
-- person's assignments with their due dates and completions. These indexes let a filtered page walk people in name
-- order within the filter and stop at the page's end, and find a person's assignments and newest completion without
-- touching other rows. (ix_person_name and ix_person_manager_name, V12, serve the unfiltered and the manager's view.)
CREATE INDEX ix_person_department_name ON person (department_id, display_name);
CREATE INDEX ix_person_job_role_name ON person (job_role, display_name);
CREATE INDEX ix_course_assignment_person_due ON course_assignment (person_id, course_id, due_date);
CREATE INDEX ix_completion_newest ON completion (person_id, course_id, completed_at);
CREATE INDEX ix_path_assignment_path ON path_assignment (path_id, person_id);
