-- The course catalogue: each course has immutable published versions; a version holds its lessons.
CREATE TABLE course (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_code UNIQUE (code)
);

CREATE TABLE course_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    course_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(1000) NOT NULL,
    audience VARCHAR(200) NOT NULL,
    estimated_minutes INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    origin VARCHAR(20) NOT NULL,
    published_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_version_number UNIQUE (course_id, version_number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson (
    id BIGINT NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT NOT NULL,
    lesson_number INT NOT NULL,
    lesson_key VARCHAR(80) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body_markdown MEDIUMTEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lesson_position UNIQUE (course_version_id, lesson_number),
    CONSTRAINT fk_lesson_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);
