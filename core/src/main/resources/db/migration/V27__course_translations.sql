-- A course version's language and its translations (issue 17): the same lessons, scenarios and options in other
-- languages, keyed by language tag. Ratings, traits and sources stay on the original rows. Like the version itself,
-- translations never change once published.
ALTER TABLE course_version ADD COLUMN language VARCHAR(12) NOT NULL DEFAULT 'en';

CREATE TABLE course_version_translation (
    course_version_id BIGINT NOT NULL,
    language VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(1000) NOT NULL,
    audience VARCHAR(200) NOT NULL,
    PRIMARY KEY (course_version_id, language),
    CONSTRAINT fk_course_version_translation_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);

CREATE TABLE lesson_translation (
    lesson_id BIGINT NOT NULL,
    language VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body_markdown MEDIUMTEXT NOT NULL,
    PRIMARY KEY (lesson_id, language),
    CONSTRAINT fk_lesson_translation_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE TABLE scenario_translation (
    scenario_id BIGINT NOT NULL,
    language VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    situation_markdown MEDIUMTEXT NOT NULL,
    prompt VARCHAR(1000) NOT NULL,
    PRIMARY KEY (scenario_id, language),
    CONSTRAINT fk_scenario_translation_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

CREATE TABLE scenario_option_translation (
    option_id BIGINT NOT NULL,
    language VARCHAR(12) NOT NULL,
    option_text VARCHAR(2000) NOT NULL,
    feedback VARCHAR(4000) NOT NULL,
    PRIMARY KEY (option_id, language),
    CONSTRAINT fk_scenario_option_translation_option FOREIGN KEY (option_id) REFERENCES scenario_option (id)
);
