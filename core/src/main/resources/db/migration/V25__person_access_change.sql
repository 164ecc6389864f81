-- Changes to a person's sign-in name, roles or enabled flag, one row per change, written in the transaction that makes
-- the change (docs/decisions/0022). Every instance of Servewell reads the rows after the last one it has seen and ends
-- that person's sessions it holds; a nightly job deletes rows older than a day. person_id has no foreign key: the row
-- is a notice to the instances, not a record to keep.
CREATE TABLE person_access_change (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    previous_email VARCHAR(254) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_person_access_change_changed ON person_access_change (changed_at);
