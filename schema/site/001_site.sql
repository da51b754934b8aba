-- site.db, the proctor console's database: accounts, the hash-chained audit log, seats and
-- the sessions of the room (check-in, start, incidents, close). SQLite 3.15.

-- The console's own signing key: signs the audit entries no person is logged in for (a failed
-- login, a lock-out). The file is SQLCipher-encrypted, so the key is never on disk in clear.
CREATE TABLE site_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    console_secret_key BLOB NOT NULL CHECK (length(console_secret_key) = 64),
    console_public_key BLOB NOT NULL CHECK (length(console_public_key) = 32),
    created_at INTEGER NOT NULL
);

-- One person: role, the Argon2id parameters of their password, their Ed25519 secret key
-- wrapped by the key derived from the password, and the wrong-password counters.
CREATE TABLE accounts (
    name TEXT PRIMARY KEY CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('administrator', 'proctor', 'grader')),
    kdf_params BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    total_failures INTEGER NOT NULL DEFAULT 0,
    blocked_until INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

-- Append-only, hash-chained: hash = BLAKE2b of the entry including prev_hash, signature by
-- actor_key over hash (shared/site/AuditLog.h). The triggers stop an honest mistake; the
-- chain and audit_head catch a deliberate edit.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_key BLOB NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- The newest entry, written in the same transaction as the entry: removing the last rows of
-- the log leaves the head pointing past the end.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
);

-- 考位: a seat of a room, the kiosk paired to it and its last equipment check.
CREATE TABLE seats (
    room_id TEXT NOT NULL,
    seat_no INTEGER NOT NULL CHECK (seat_no > 0),
    kiosk_fingerprint TEXT,
    check_passed INTEGER,               -- NULL: not checked yet
    check_reasons TEXT NOT NULL DEFAULT '',
    checked_at INTEGER,
    locked INTEGER NOT NULL DEFAULT 0,  -- 1: taken out of use (e.g. after 换机续考)
    PRIMARY KEY (room_id, seat_no)
);
CREATE UNIQUE INDEX seats_kiosk ON seats (kiosk_fingerprint) WHERE kiosk_fingerprint IS NOT NULL;

-- One sitting of the knowledge exam in one room.
CREATE TABLE exam_sessions (
    session_id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL,
    room_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    window_end INTEGER NOT NULL,
    late_entry_minutes INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'started', 'closed')),
    proctor TEXT NOT NULL REFERENCES accounts (name),
    opened_at INTEGER NOT NULL,
    started_at INTEGER,
    closed_at INTEGER,
    assignment_mode TEXT,
    assignment_seed BLOB,
    spare_seats TEXT NOT NULL DEFAULT '',
    auth_failed_attempts INTEGER NOT NULL DEFAULT 0,
    auth_total_failures INTEGER NOT NULL DEFAULT 0,
    auth_blocked_until INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    record TEXT -- the countersigned session record (SignedDocument JSON) once closed
);

CREATE TABLE session_candidates (
    session_id TEXT NOT NULL REFERENCES exam_sessions (session_id),
    ticket_no TEXT NOT NULL,
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_no TEXT NOT NULL,
    seat_no INTEGER,
    status TEXT NOT NULL CHECK (status IN ('expected', 'present', 'absent', 'submitted', 'removed')),
    paused INTEGER NOT NULL DEFAULT 0,
    checked_in_at INTEGER,
    late_override TEXT,
    extension_minutes INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    paper_seed BLOB,
    submitted_at INTEGER,
    submit_reason TEXT,
    PRIMARY KEY (session_id, ticket_no)
);
CREATE INDEX session_candidates_id ON session_candidates (session_id, id_no);

-- Every incident of a session, in order (the session record lists them).
CREATE TABLE incidents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES exam_sessions (session_id),
    ticket_no TEXT NOT NULL,
    kind TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0,
    from_seat INTEGER,
    to_seat INTEGER,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    cosigner TEXT,
    at INTEGER NOT NULL
);
