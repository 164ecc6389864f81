-- Keys that sign Open Badges credentials (issue 18). Made on first use and by rotation, never deleted: a credential signed
-- years ago still verifies with its key's public half, which is published. The private half is kept only as a JWE
-- encrypted with the key password (SERVEWELL_BADGE_KEY_PASSWORD); the newest generation signs.
CREATE TABLE badge_signing_key (
    id BIGINT NOT NULL AUTO_INCREMENT,
    generation INT NOT NULL,
    key_id VARCHAR(100) NOT NULL,
    public_jwk VARCHAR(2000) NOT NULL,
    private_jwe VARCHAR(8000) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_badge_signing_key_generation UNIQUE (generation),
    CONSTRAINT uk_badge_signing_key_key_id UNIQUE (key_id)
);
