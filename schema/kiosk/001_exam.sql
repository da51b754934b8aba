-- kiosk.db, version 1: the device's keys, the answer journal, each attempt's resume point,
-- the signed score sheets and the outbox towards the console.

-- The kiosk's device keys (Ed25519 signs score sheets, X25519 is its CURVE identity). One row.
CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_secret BLOB NOT NULL,
    curve_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- The answer journal: append-only, one hash chain per attempt. Each entry's hash is
-- BLAKE2b-256 over its fields and the previous entry's hash (exam/AnswerJournal.h), so the
-- last hash (the head, signed in the score sheet) vouches for the whole sequence.
CREATE TABLE journal (
    attempt TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    mono_ms INTEGER NOT NULL,
    boot_id TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (attempt, seq)
) WITHOUT ROWID;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the answer journal is append-only');
END;

-- Where each attempt stands, rewritten as it goes: the question on screen and a clock
-- checkpoint (exam time elapsed at a monotonic instant of a given boot).
CREATE TABLE attempt_state (
    attempt TEXT PRIMARY KEY,
    current_index INTEGER NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    checkpoint_mono_ms INTEGER NOT NULL DEFAULT 0,
    boot_id TEXT NOT NULL DEFAULT '',
    running INTEGER NOT NULL DEFAULT 0,
    finished INTEGER NOT NULL DEFAULT 0
);

-- Signed score sheets (SignedDocument JSON), one per attempt.
CREATE TABLE sheet (
    sheet_id TEXT PRIMARY KEY,
    attempt TEXT NOT NULL,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Messages for the console that change state; kept until acknowledged, replayed in order.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0
);
