-- Who erased a candidate's personal data and why: HR on request (with their reason), or the retention job
-- (erased_by empty). The reason speaks about the request, not about the person.
ALTER TABLE candidate ADD COLUMN erased_by BIGINT;
ALTER TABLE candidate ADD COLUMN erasure_reason VARCHAR(2000);
ALTER TABLE candidate ADD CONSTRAINT fk_candidate_erased_by FOREIGN KEY (erased_by) REFERENCES person (id);
