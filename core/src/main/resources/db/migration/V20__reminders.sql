-- Reminders by email (issue 15). One row per notification a rule decided to send: to whom, which rule (kind), about
-- which course assignment (0 for a manager's weekly digest, which is about a team), and for which period (the due date
-- for "due soon" and "due today", the due date and the n-th week for "overdue", the ISO week for the digest). The
-- unique key is what makes a notification go out at most once per rule and period, even when two instances run the
-- job. assignment_id has no foreign key: a notification stays on record when its assignment goes.
CREATE TABLE notification (
    id BIGINT NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    assignment_id BIGINT NOT NULL,
    period_key VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    last_error VARCHAR(500),
    created_at DATETIME(6) NOT NULL,
    last_attempt_at DATETIME(6),
    sent_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_once UNIQUE (recipient_id, kind, assignment_id, period_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id)
);
CREATE INDEX ix_notification_status ON notification (status, id);
CREATE INDEX ix_notification_created ON notification (created_at);

-- The reminder job looks for open assignments by due date, in pages.
CREATE INDEX ix_course_assignment_due ON course_assignment (due_date, id);

-- ShedLock's lock rows (net.javacrumbs.shedlock, JDBC provider): one row per scheduled job; an instance runs the job
-- only while it holds the row's lock. Times are the database's own (usingDbTime), so instances' clocks may differ.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until DATETIME(3) NOT NULL,
    locked_at DATETIME(3) NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
