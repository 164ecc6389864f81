-- People and sign-in: one row per person who can sign in, their departments and roles.
CREATE TABLE department (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_name UNIQUE (name)
);

CREATE TABLE person (
    id BIGINT NOT NULL AUTO_INCREMENT,
    email VARCHAR(254) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255),
    enabled BOOLEAN NOT NULL,
    department_id BIGINT,
    job_role VARCHAR(100),
    start_date DATE,
    manager_id BIGINT,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id)
);

CREATE TABLE person_role (
    person_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
