-- Test schema v2: a new column on the old table and a new table referring to it.
ALTER TABLE people ADD COLUMN phone TEXT;
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    personId INTEGER NOT NULL REFERENCES people(id),
    startedAt TEXT NOT NULL
);
