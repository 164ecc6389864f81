-- Learning: who is asked to take what (rules and assignments), lessons read, quiz attempts with every answer,
-- completions with their certificates.

-- People in a department and/or with a job role get an onboarding path or a single course.
CREATE TABLE assignment_rule (
    id BIGINT NOT NULL AUTO_INCREMENT,
    department_id BIGINT,
    job_role VARCHAR(100),
    path_id BIGINT,
    course_id BIGINT,
    due_after_days INT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_rule_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_assignment_rule_path FOREIGN KEY (path_id) REFERENCES onboarding_path (id),
    CONSTRAINT fk_assignment_rule_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_assignment_rule_created_by FOREIGN KEY (created_by) REFERENCES person (id)
);

-- A path a person is enrolled on; its courses are assigned one by one below.
CREATE TABLE path_assignment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    path_id BIGINT NOT NULL,
    source VARCHAR(20) NOT NULL,
    rule_id BIGINT,
    assigned_by BIGINT,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_path_assignment UNIQUE (person_id, path_id),
    CONSTRAINT fk_path_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_path_assignment_path FOREIGN KEY (path_id) REFERENCES onboarding_path (id),
    CONSTRAINT fk_path_assignment_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id),
    CONSTRAINT fk_path_assignment_assigned_by FOREIGN KEY (assigned_by) REFERENCES person (id)
);

-- A course a person is asked to take, with its due date; one row per person and course.
CREATE TABLE course_assignment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    path_id BIGINT,
    due_date DATE,
    source VARCHAR(20) NOT NULL,
    rule_id BIGINT,
    assigned_by BIGINT,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_assignment UNIQUE (person_id, course_id),
    CONSTRAINT fk_course_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_course_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_assignment_path FOREIGN KEY (path_id) REFERENCES onboarding_path (id),
    CONSTRAINT fk_course_assignment_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id),
    CONSTRAINT fk_course_assignment_assigned_by FOREIGN KEY (assigned_by) REFERENCES person (id)
);

-- Lessons a learner has read, per course version.
CREATE TABLE lesson_read (
    person_id BIGINT NOT NULL,
    course_version_id BIGINT NOT NULL,
    lesson_number INT NOT NULL,
    read_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, course_version_id, lesson_number),
    CONSTRAINT fk_lesson_read_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_lesson_read_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);

-- A quiz attempt keeps the course version it started with. open_marker is 1 while in progress and NULL after, so
-- the unique key allows one attempt in progress per person and course, and any number of submitted ones.
CREATE TABLE quiz_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    course_version_id BIGINT NOT NULL,
    attempt_number INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    open_marker INT,
    started_at DATETIME(6) NOT NULL,
    last_saved_at DATETIME(6) NOT NULL,
    submitted_at DATETIME(6),
    score_percent INT,
    passed BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_number UNIQUE (person_id, course_id, attempt_number),
    CONSTRAINT uk_quiz_attempt_open UNIQUE (person_id, course_id, open_marker),
    CONSTRAINT fk_quiz_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_quiz_attempt_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_quiz_attempt_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);

-- One drawn scenario of an attempt, the order its options were shown in, and the option chosen.
CREATE TABLE attempt_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    attempt_id BIGINT NOT NULL,
    item_number INT NOT NULL,
    scenario_id BIGINT NOT NULL,
    option_order VARCHAR(200) NOT NULL,
    chosen_option_id BIGINT,
    answered_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_item_number UNIQUE (attempt_id, item_number),
    CONSTRAINT fk_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_attempt_item_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_attempt_item_chosen_option FOREIGN KEY (chosen_option_id) REFERENCES scenario_option (id)
);

-- A completed course or path and its certificate, as issued (the name and title at the time). Never deleted; a
-- renewal is a new completion.
CREATE TABLE completion (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    course_id BIGINT,
    course_version_id BIGINT,
    path_id BIGINT,
    attempt_id BIGINT,
    completed_at DATETIME(6) NOT NULL,
    learner_name VARCHAR(100) NOT NULL,
    achievement VARCHAR(200) NOT NULL,
    score_percent INT,
    expires_on DATE,
    certificate_number VARCHAR(30) NOT NULL,
    verification_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_completion_certificate UNIQUE (certificate_number),
    CONSTRAINT uk_completion_verification UNIQUE (verification_code),
    CONSTRAINT fk_completion_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_completion_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_completion_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_completion_path FOREIGN KEY (path_id) REFERENCES onboarding_path (id),
    CONSTRAINT fk_completion_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);
