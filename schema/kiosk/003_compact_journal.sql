-- kiosk.db, version 3: a smaller journal row, so that more rows share a page and an answer
-- save splits pages (rewriting the leaf, its siblings and their parent: 4 to 13 pages in one
-- commit instead of 1) less often (docs/performance.md, "Answer save: what else is in a save").
--   - prev_hash goes: it is the previous row's hash (32 zero bytes before seq 1), which the
--     reader takes from that row; each hash still covers it, so altering, re-hashing or
--     removing a row still breaks the chain where it did.
--   - the attempt id (~37 characters in every row and in every key of the B-tree's inner
--     pages) becomes a number in the new table journal_attempt;
--   - the boot id (36 characters in every row) becomes a number in the new table boot.
-- The hash input is unchanged (exam/AnswerJournal.h): entries read back exactly as before.
-- One migration is one transaction: a crash during it leaves version 2 as it was.

CREATE TABLE journal_attempt (
    id INTEGER PRIMARY KEY,
    attempt TEXT NOT NULL UNIQUE
);

CREATE TABLE boot (
    id INTEGER PRIMARY KEY,
    boot_id TEXT NOT NULL UNIQUE
);

INSERT INTO journal_attempt (attempt) SELECT DISTINCT attempt FROM journal ORDER BY attempt;
INSERT INTO boot (boot_id) SELECT DISTINCT boot_id FROM journal ORDER BY boot_id;

CREATE TABLE journal_v3 (
    attempt_no INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    mono_ms INTEGER NOT NULL,
    boot INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (attempt_no, seq)
) WITHOUT ROWID;

INSERT INTO journal_v3 (attempt_no, seq, kind, payload, mono_ms, boot, hash)
SELECT a.id, j.seq, j.kind, j.payload, j.mono_ms, b.id, j.hash
FROM journal j JOIN journal_attempt a ON a.attempt = j.attempt JOIN boot b ON b.boot_id = j.boot_id;

-- DROP TABLE runs no trigger; the triggers go with the table and are made again below.
DROP TABLE journal;
ALTER TABLE journal_v3 RENAME TO journal;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER journal_attempt_no_update BEFORE UPDATE ON journal_attempt
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER journal_attempt_no_delete BEFORE DELETE ON journal_attempt
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER boot_no_update BEFORE UPDATE ON boot
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER boot_no_delete BEFORE DELETE ON boot
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;
