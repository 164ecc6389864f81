-- HR screening (hiring): candidates, the interviewers assigned to them with a kit version, and scorecards.
-- Personal data lives only in candidate's name, email, source, notes and consent date and in the scorecards' notes;
-- erasing a candidate empties those and keeps the ratings, anonymous, for the agreement statistics.
CREATE TABLE candidate (
    id BIGINT NOT NULL AUTO_INCREMENT,
    full_name VARCHAR(100),
    email VARCHAR(254),
    position VARCHAR(100) NOT NULL,
    source VARCHAR(100),
    notes VARCHAR(4000),
    consent_date DATE,
    status VARCHAR(20) NOT NULL,
    hired_person_id BIGINT,
    erased_at DATETIME(6),
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_candidate_created_by FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT fk_candidate_hired_person FOREIGN KEY (hired_person_id) REFERENCES person (id)
);

CREATE INDEX ix_candidate_position_status ON candidate (position, status);

-- Every decision HR records, with its reason, who and when; the newest one stands.
CREATE TABLE candidate_decision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT NOT NULL,
    decision VARCHAR(20) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    decided_by BIGINT NOT NULL,
    decided_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_candidate_decision_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_candidate_decision_decided_by FOREIGN KEY (decided_by) REFERENCES person (id)
);

-- One interviewer on one candidate, rating against one kit version.
CREATE TABLE interview (
    id BIGINT NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT NOT NULL,
    interviewer_id BIGINT NOT NULL,
    kit_version_id BIGINT NOT NULL,
    assigned_by BIGINT NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_interview_candidate_interviewer UNIQUE (candidate_id, interviewer_id),
    CONSTRAINT fk_interview_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_interview_interviewer FOREIGN KEY (interviewer_id) REFERENCES person (id),
    CONSTRAINT fk_interview_kit_version FOREIGN KEY (kit_version_id) REFERENCES interview_kit_version (id),
    CONSTRAINT fk_interview_assigned_by FOREIGN KEY (assigned_by) REFERENCES person (id)
);

CREATE INDEX ix_interview_interviewer ON interview (interviewer_id);

-- Revision 0 is the scorecard as first written: a draft until submitted, then locked. Each amendment after that is a
-- new, submitted revision with its reason; the newest submitted revision counts, and the earlier ones are kept.
CREATE TABLE scorecard (
    id BIGINT NOT NULL AUTO_INCREMENT,
    interview_id BIGINT NOT NULL,
    revision INT NOT NULL,
    recommendation VARCHAR(20),
    overall_note VARCHAR(4000),
    amendment_reason VARCHAR(2000),
    submitted_at DATETIME(6),
    saved_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scorecard_revision UNIQUE (interview_id, revision),
    CONSTRAINT fk_scorecard_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
);

CREATE TABLE scorecard_rating (
    scorecard_id BIGINT NOT NULL,
    trait_code VARCHAR(80) NOT NULL,
    rating INT,
    evidence VARCHAR(4000),
    PRIMARY KEY (scorecard_id, trait_code),
    CONSTRAINT fk_scorecard_rating_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id) ON DELETE CASCADE,
    CONSTRAINT ck_scorecard_rating_range CHECK (rating IS NULL OR (rating BETWEEN 1 AND 5))
);
