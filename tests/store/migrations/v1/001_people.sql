-- Test schema v1: one table of candidates.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    idNumber TEXT NOT NULL UNIQUE
);
