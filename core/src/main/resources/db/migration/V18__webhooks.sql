-- URLs told about events (course completed, person hired). The secret is kept as it is: every delivery is signed with
-- it (HMAC-SHA256), so a hash would not do. It is shown once, to the administrator who registered the webhook.
CREATE TABLE webhook (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    url VARCHAR(500) NOT NULL,
    event_types VARCHAR(200) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    active BOOLEAN NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_created_by FOREIGN KEY (created_by) REFERENCES person (id)
);

-- The outbox: one row per event and webhook, written in the transaction of the change it tells about, sent later by the
-- delivery job. Delivered rows are deleted after 30 days, failed ones after 90.
CREATE TABLE webhook_delivery (
    id BIGINT NOT NULL AUTO_INCREMENT,
    webhook_id BIGINT NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6),
    last_status_code INT,
    last_error VARCHAR(200),
    created_at DATETIME(6) NOT NULL,
    delivered_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery_event UNIQUE (webhook_id, event_id),
    CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id)
);

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_created ON webhook_delivery (created_at);
