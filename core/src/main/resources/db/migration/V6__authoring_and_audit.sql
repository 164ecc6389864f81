-- Publishing from the authoring studio: who published a version and why, and retiring a version (no new attempts).
ALTER TABLE course_version ADD COLUMN published_by VARCHAR(100);
ALTER TABLE course_version ADD COLUMN change_note VARCHAR(2000);
ALTER TABLE course_version ADD COLUMN retired_at DATETIME(6);
ALTER TABLE course_version ADD COLUMN retired_by VARCHAR(100);

-- The essay points a lesson teaches ("essay#point", one per line), so that a draft copies them. NULL on lessons
-- imported before this column; the content loader fills them in from unchanged bundled content.
ALTER TABLE lesson ADD COLUMN sources VARCHAR(4000);

-- A course's draft in the studio: at most one per course, a copy of its newest version (or a new course) until it is
-- published. Each part (details, a lesson, a scenario) has its own version, so trainers editing different scenarios
-- do not collide while a stale save of the same part is refused. Texts are kept as typed, even when too long or
-- incomplete: the content reader says what is wrong, and nothing invalid is published.
CREATE TABLE course_draft (
    id BIGINT NOT NULL AUTO_INCREMENT,
    course_code VARCHAR(80) NOT NULL,
    based_on_version INT,
    title VARCHAR(1000) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    audience VARCHAR(1000) NOT NULL,
    estimated_minutes INT NOT NULL,
    scenarios_per_attempt INT NOT NULL,
    pass_mark INT NOT NULL,
    attempts_allowed INT NOT NULL,
    shuffle_options BOOLEAN NOT NULL,
    renew_after_months INT NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_draft_code UNIQUE (course_code)
);

CREATE TABLE draft_lesson (
    id BIGINT NOT NULL AUTO_INCREMENT,
    draft_id BIGINT NOT NULL,
    position INT NOT NULL,
    lesson_key VARCHAR(200) NOT NULL,
    title VARCHAR(1000) NOT NULL,
    body_markdown MEDIUMTEXT NOT NULL,
    sources VARCHAR(4000) NOT NULL,
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_lesson_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id)
);

CREATE TABLE draft_scenario (
    id BIGINT NOT NULL AUTO_INCREMENT,
    draft_id BIGINT NOT NULL,
    position INT NOT NULL,
    scenario_key VARCHAR(200) NOT NULL,
    title VARCHAR(1000) NOT NULL,
    situation_markdown MEDIUMTEXT NOT NULL,
    prompt VARCHAR(4000) NOT NULL,
    traits VARCHAR(1000) NOT NULL,
    source_essay VARCHAR(200),
    source_point VARCHAR(200),
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_scenario_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id)
);

CREATE TABLE draft_option (
    draft_scenario_id BIGINT NOT NULL,
    option_number INT NOT NULL,
    option_text VARCHAR(4000) NOT NULL,
    rating INT NOT NULL,
    feedback VARCHAR(8000) NOT NULL,
    PRIMARY KEY (draft_scenario_id, option_number),
    CONSTRAINT fk_draft_option_scenario FOREIGN KEY (draft_scenario_id) REFERENCES draft_scenario (id)
);

-- Who created, changed, published and retired what, and when. Rows are only ever added.
CREATE TABLE audit_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    action VARCHAR(40) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    detail VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject);
