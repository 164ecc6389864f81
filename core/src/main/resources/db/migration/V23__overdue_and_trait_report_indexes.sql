-- Reports of issue 15 (overdue and due soon, results by service trait, completion over time).
-- The overdue list looks up the newest reminder sent about each assignment on its page: by assignment, status and
-- time, read from the index alone instead of scanning every notification.
CREATE INDEX ix_notification_assignment_sent ON notification (assignment_id, status, sent_at);
-- Completions per month over the last year: a range of completion times, with the person for the audience.
CREATE INDEX ix_completion_completed_at ON completion (completed_at, person_id);
-- Results by service trait count submitted attempts in a period.
CREATE INDEX ix_quiz_attempt_submitted ON quiz_attempt (status, submitted_at, person_id);
