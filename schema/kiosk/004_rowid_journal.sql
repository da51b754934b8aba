-- kiosk.db, version 4: the journal becomes a rowid table whose key packs the attempt number
-- and the entry number: attempt_seq = attempt_no * 2^32 + seq. SQLite splits a full leaf of a
-- rowid table cheaply when the new row goes at the end (the old leaf stays as it is, the row
-- starts a new one); a WITHOUT ROWID table has no such split, and a third of version 3's
-- commits rewrote 4 to 6 pages (docs/performance.md, "Answer save: what else is in a save").
-- attempt_no and seq are no longer stored columns: the key holds both (attempt_seq >> 32 and
-- attempt_seq & 4294967295), which keeps the row smallest; view journal_entry shows them.
-- The key refuses a second row for the same (attempt, seq), i.e. a forked chain, as before.
-- The hash input is unchanged (exam/AnswerJournal.h): entries read back exactly as before.
-- One migration is one transaction: a crash during it leaves version 3 as it was.

-- A seq of 2^32 or more does not fit the key: the migration stops here rather than let it
-- run into the next attempt's numbers (the CHECK fails and the transaction rolls back).
CREATE TABLE journal_v4_guard (max_seq INTEGER CHECK (max_seq < 4294967296));
INSERT INTO journal_v4_guard SELECT MAX(seq) FROM journal;
DROP TABLE journal_v4_guard;

CREATE TABLE journal_v4 (
    attempt_seq INTEGER PRIMARY KEY
        CHECK (attempt_seq >= 4294967296 AND (attempt_seq & 4294967295) >= 1),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    mono_ms INTEGER NOT NULL,
    boot INTEGER NOT NULL,
    hash BLOB NOT NULL
);

INSERT INTO journal_v4 (attempt_seq, kind, payload, mono_ms, boot, hash)
SELECT attempt_no * 4294967296 + seq, kind, payload, mono_ms, boot, hash FROM journal
ORDER BY attempt_no, seq;

-- DROP TABLE runs no trigger; the triggers go with the table and are made again below.
DROP TABLE journal;
ALTER TABLE journal_v4 RENAME TO journal;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

-- For people reading kiosk.db: the journal with its key taken apart. The code queries the
-- table by key ranges, which this view's columns cannot use.
CREATE VIEW journal_entry AS
SELECT attempt_seq >> 32 AS attempt_no, attempt_seq & 4294967295 AS seq, kind, payload, mono_ms,
       boot, hash
FROM journal;
