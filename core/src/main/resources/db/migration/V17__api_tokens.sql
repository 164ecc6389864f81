-- Tokens with which other systems call the REST API. Only a SHA-256 hash of the secret is kept: the secret is shown
-- once, to the administrator who created it. A token acts as that administrator, narrowed by its scope.
CREATE TABLE api_token (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    token_prefix VARCHAR(12) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    last_used_at DATETIME(6),
    revoked_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_created_by FOREIGN KEY (created_by) REFERENCES person (id)
);
