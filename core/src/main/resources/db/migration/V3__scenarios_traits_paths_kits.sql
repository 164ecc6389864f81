-- A course version's quiz settings and scenario bank, the service-trait model, the onboarding paths (catalog)
-- and the versioned interview kits (hiring).

-- Quiz settings are part of a published version. Versions published before this migration have none (NULL), and
-- no scenarios either; the content loader publishes a complete version in their place.
ALTER TABLE course_version ADD COLUMN scenarios_per_attempt INT;
ALTER TABLE course_version ADD COLUMN pass_mark INT;
ALTER TABLE course_version ADD COLUMN attempts_allowed INT;
ALTER TABLE course_version ADD COLUMN shuffle_options BOOLEAN;

-- The service-trait model: one row per trait, updated in place when the content changes.
CREATE TABLE service_trait (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(80) NOT NULL,
    display_order INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    definition VARCHAR(2000) NOT NULL,
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_trait_code UNIQUE (code)
);

CREATE TABLE service_trait_anchor (
    trait_id BIGINT NOT NULL,
    rating INT NOT NULL,
    behaviour VARCHAR(2000) NOT NULL,
    PRIMARY KEY (trait_id, rating),
    CONSTRAINT fk_service_trait_anchor_trait FOREIGN KEY (trait_id) REFERENCES service_trait (id)
);

CREATE TABLE service_trait_source (
    trait_id BIGINT NOT NULL,
    source_number INT NOT NULL,
    essay VARCHAR(100) NOT NULL,
    PRIMARY KEY (trait_id, source_number),
    CONSTRAINT fk_service_trait_source_trait FOREIGN KEY (trait_id) REFERENCES service_trait (id)
);

-- A version's scenario bank, immutable like the version: attempts refer to scenarios and options by id.
CREATE TABLE scenario (
    id BIGINT NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT NOT NULL,
    scenario_number INT NOT NULL,
    scenario_key VARCHAR(80) NOT NULL,
    title VARCHAR(200) NOT NULL,
    situation_markdown MEDIUMTEXT NOT NULL,
    prompt VARCHAR(1000) NOT NULL,
    source_essay VARCHAR(100) NOT NULL,
    source_point VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scenario_number UNIQUE (course_version_id, scenario_number),
    CONSTRAINT uk_scenario_key UNIQUE (course_version_id, scenario_key),
    CONSTRAINT fk_scenario_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);

CREATE TABLE scenario_trait (
    scenario_id BIGINT NOT NULL,
    trait_number INT NOT NULL,
    trait_id BIGINT NOT NULL,
    PRIMARY KEY (scenario_id, trait_number),
    CONSTRAINT fk_scenario_trait_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_scenario_trait_trait FOREIGN KEY (trait_id) REFERENCES service_trait (id)
);

CREATE TABLE scenario_option (
    id BIGINT NOT NULL AUTO_INCREMENT,
    scenario_id BIGINT NOT NULL,
    option_number INT NOT NULL,
    option_text VARCHAR(2000) NOT NULL,
    rating INT NOT NULL,
    feedback VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scenario_option_number UNIQUE (scenario_id, option_number),
    CONSTRAINT fk_scenario_option_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

-- Onboarding paths: the courses a new colleague takes, each due some days after their start date.
CREATE TABLE onboarding_path (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(80) NOT NULL,
    display_order INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(1000) NOT NULL,
    audience VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_onboarding_path_code UNIQUE (code)
);

CREATE TABLE onboarding_path_course (
    path_id BIGINT NOT NULL,
    step_number INT NOT NULL,
    course_id BIGINT NOT NULL,
    due_after_days INT NOT NULL,
    PRIMARY KEY (path_id, step_number),
    CONSTRAINT fk_onboarding_path_course_path FOREIGN KEY (path_id) REFERENCES onboarding_path (id),
    CONSTRAINT fk_onboarding_path_course_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- Interview kits (hiring): each change to a kit becomes a new version, which scorecards will refer to. Traits are
-- named by their code: hiring reads the trait model through the catalogue's API, not its tables.
CREATE TABLE interview_kit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_interview_kit_code UNIQUE (code)
);

CREATE TABLE interview_kit_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    kit_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    for_role VARCHAR(200) NOT NULL,
    pass_threshold DECIMAL(3, 2) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    published_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_interview_kit_version_number UNIQUE (kit_id, version_number),
    CONSTRAINT fk_interview_kit_version_kit FOREIGN KEY (kit_id) REFERENCES interview_kit (id)
);

CREATE TABLE kit_trait (
    id BIGINT NOT NULL AUTO_INCREMENT,
    kit_version_id BIGINT NOT NULL,
    trait_number INT NOT NULL,
    trait_code VARCHAR(80) NOT NULL,
    weight INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kit_trait_number UNIQUE (kit_version_id, trait_number),
    CONSTRAINT fk_kit_trait_kit_version FOREIGN KEY (kit_version_id) REFERENCES interview_kit_version (id)
);

CREATE TABLE kit_question (
    id BIGINT NOT NULL AUTO_INCREMENT,
    kit_trait_id BIGINT NOT NULL,
    question_number INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    question_text VARCHAR(2000) NOT NULL,
    strong_answer VARCHAR(4000) NOT NULL,
    weak_answer VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kit_question_number UNIQUE (kit_trait_id, question_number),
    CONSTRAINT fk_kit_question_kit_trait FOREIGN KEY (kit_trait_id) REFERENCES kit_trait (id)
);

CREATE TABLE kit_question_probe (
    question_id BIGINT NOT NULL,
    probe_number INT NOT NULL,
    probe VARCHAR(1000) NOT NULL,
    PRIMARY KEY (question_id, probe_number),
    CONSTRAINT fk_kit_question_probe_question FOREIGN KEY (question_id) REFERENCES kit_question (id)
);
