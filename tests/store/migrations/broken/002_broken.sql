-- The first statement works; the second names a missing table, so the whole migration
-- must roll back, including the first.
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO no_such_table VALUES (1);
