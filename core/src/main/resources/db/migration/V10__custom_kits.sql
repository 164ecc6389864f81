-- Interview kits HR copies from a bundled kit and adjusts. The content import loads only CONTENT kits and never
-- touches a CUSTOM one; who created a custom kit, who saved each version and when a kit was retired are kept.
ALTER TABLE interview_kit ADD COLUMN origin VARCHAR(20) NOT NULL DEFAULT 'CONTENT';
ALTER TABLE interview_kit ADD COLUMN created_by BIGINT;
ALTER TABLE interview_kit ADD COLUMN retired_at DATETIME(6);
ALTER TABLE interview_kit ADD CONSTRAINT fk_interview_kit_created_by FOREIGN KEY (created_by) REFERENCES person (id);
ALTER TABLE interview_kit_version ADD COLUMN published_by BIGINT;
ALTER TABLE interview_kit_version ADD CONSTRAINT fk_interview_kit_version_published_by
    FOREIGN KEY (published_by) REFERENCES person (id);
