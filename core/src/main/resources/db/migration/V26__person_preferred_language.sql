-- The language a person chose for Servewell's screens (issue 17), as a language tag such as "de"; null while they have
-- chosen none, and then the screens follow the browser's language.
ALTER TABLE person ADD COLUMN preferred_language VARCHAR(16);
