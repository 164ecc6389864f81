-- The learning record store (LRS) that xAPI statements are sent to: one row at most (id 1), set by an administrator.
-- The password (the LRS's "secret") is kept as it is, since every request authenticates with it (HTTP Basic); it is
-- never shown back, only whether one is set.
CREATE TABLE xapi_lrs (
    id BIGINT NOT NULL,
    endpoint VARCHAR(500) NOT NULL,
    username VARCHAR(200) NOT NULL,
    password VARCHAR(200) NOT NULL,
    enabled BOOLEAN NOT NULL,
    updated_by BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_xapi_lrs_updated_by FOREIGN KEY (updated_by) REFERENCES person (id)
);

-- The outbox: one row per statement, written in the transaction of the learning it records while an LRS is set and
-- enabled, sent later by the delivery job in batches. The statement id is derived from what happened, so a statement
-- is queued once however often its event is seen. Delivered rows are deleted after 30 days, failed ones after 90.
CREATE TABLE xapi_statement (
    id BIGINT NOT NULL AUTO_INCREMENT,
    statement_id VARCHAR(36) NOT NULL,
    verb VARCHAR(40) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6),
    last_status_code INT,
    last_error VARCHAR(200),
    created_at DATETIME(6) NOT NULL,
    delivered_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_xapi_statement_statement_id UNIQUE (statement_id)
);

CREATE INDEX ix_xapi_statement_due ON xapi_statement (status, next_attempt_at);
CREATE INDEX ix_xapi_statement_created ON xapi_statement (created_at);
