-- In-app notices and reminder choices (issue 15, docs/decisions/0016). A notification row is also the person's notice
-- in the header's bell: what it is about (topic: a course title or a position, never a candidate's name), the page it
-- links to, and when its recipient read it. Rows recorded before this migration have no topic or link.
ALTER TABLE notification ADD COLUMN topic VARCHAR(200);
ALTER TABLE notification ADD COLUMN link_path VARCHAR(200);
ALTER TABLE notification ADD COLUMN read_at DATETIME(6);
-- The bell counts a person's unread notices on every page.
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at);

-- Which reminder mails a person wants; no row means all of them (the default).
CREATE TABLE notification_preference (
    person_id BIGINT NOT NULL,
    due_soon BOOLEAN NOT NULL,
    due_today BOOLEAN NOT NULL,
    overdue BOOLEAN NOT NULL,
    team_digest BOOLEAN NOT NULL,
    interview_assigned BOOLEAN NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_notification_preference_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- What administrators decide for everyone: one row. Mandatory overdue reminders go out whatever a person chose.
CREATE TABLE reminder_policy (
    id INT NOT NULL,
    overdue_mandatory BOOLEAN NOT NULL,
    updated_at DATETIME(6),
    updated_by BIGINT,
    PRIMARY KEY (id)
);
INSERT INTO reminder_policy (id, overdue_mandatory) VALUES (1, FALSE);
