-- Optional renewal: a completion of a version with renew_after_months > 0 expires that many months later, and the
-- course is due again. 0 means a completion never expires.
ALTER TABLE course_version ADD COLUMN renew_after_months INT NOT NULL DEFAULT 0;
