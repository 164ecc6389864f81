-- One-time links with which a person sets their own password, such as a new hire. Only a hash of the token is kept:
-- the link itself is shown once, to whoever created it.
CREATE TABLE password_link (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_password_link_token UNIQUE (token_hash),
    CONSTRAINT fk_password_link_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_password_link_created_by FOREIGN KEY (created_by) REFERENCES person (id)
);
