-- Expert keying (issue 13): trainers rate a draft's options independently, blind to each other until they submit.
-- One keying per trainer and draft; its ratings name an option by its scenario's id and its number (from 1, as the
-- studio shows it), so that they survive edits of the scenario's text. Removed with the draft.
CREATE TABLE draft_keying (
    id BIGINT NOT NULL AUTO_INCREMENT,
    draft_id BIGINT NOT NULL,
    trainer_id BIGINT NOT NULL,
    trainer_name VARCHAR(100) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    submitted_at DATETIME(6),
    version BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_draft_keying_trainer UNIQUE (draft_id, trainer_id),
    CONSTRAINT fk_draft_keying_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id)
);

CREATE TABLE draft_keying_rating (
    keying_id BIGINT NOT NULL,
    scenario_key VARCHAR(200) NOT NULL,
    option_number INT NOT NULL,
    rating INT NOT NULL,
    PRIMARY KEY (keying_id, scenario_key, option_number),
    CONSTRAINT fk_draft_keying_rating_keying FOREIGN KEY (keying_id) REFERENCES draft_keying (id)
);

-- Who keyed a published version: the trainers whose submitted keyings stood beside the author's ratings, or none
-- when the version was published on a single author's key; and whether every published rating is the panel's
-- rounded mean.
CREATE TABLE course_version_key (
    id BIGINT NOT NULL AUTO_INCREMENT,
    course_code VARCHAR(80) NOT NULL,
    version_number INT NOT NULL,
    keyed_by VARCHAR(2000) NOT NULL,
    single_author BOOLEAN NOT NULL,
    matches_panel BOOLEAN NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_version_key UNIQUE (course_code, version_number)
);
