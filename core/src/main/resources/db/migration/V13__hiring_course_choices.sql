-- What the hire hand-over did for each of a new employee's weakest interview traits (learning reacts to
-- CandidateHired): the course it added, or why none was. HR is shown it right after the hire; the choice depended on
-- the paths the hire was on at that moment, so it is kept rather than worked out again later. The course is kept by
-- its content id, like the trait by its name: a note of what was decided, shown with the course's current title.
CREATE TABLE hiring_course_choice (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    trait_order INT NOT NULL,
    trait_name VARCHAR(100) NOT NULL,
    panel_mean DOUBLE NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    course_code VARCHAR(80),
    audience VARCHAR(1000),
    chosen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hiring_course_choice UNIQUE (person_id, trait_order),
    CONSTRAINT fk_hiring_course_choice_person FOREIGN KEY (person_id) REFERENCES person (id)
);
