-- What the room link must keep across a console restart (SQLite 3.15): the keys of each
-- paired kiosk (so the ZAP allow-list is rebuilt without pairing again), the answer mirror
-- (so a kiosk that died while the console was down can still be resumed on another seat) and
-- the signed score sheets received (they go to the outbox and onto the printed forms).

-- The keys a kiosk paired with; the seat it sits at is in seats.kiosk_fingerprint.
CREATE TABLE paired_kiosks (
    fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) > 0),
    curve_key BLOB NOT NULL CHECK (length(curve_key) = 32),
    signing_key BLOB NOT NULL CHECK (length(signing_key) = 32),
    paired_at INTEGER NOT NULL
);

-- The mirror of each attempt's answer journal, entry by entry, as the kiosk sent it (the
-- chain was checked by the room link before an entry was kept).
CREATE TABLE mirror_entries (
    attempt TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    fingerprint TEXT NOT NULL, -- the kiosk it came from
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    mono_ms INTEGER NOT NULL,
    boot_id TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (attempt, seq)
);
-- The exam time an attempt had used at its last mirrored heartbeat (the resume point).
CREATE TABLE mirror_attempts (
    attempt TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    elapsed_ms INTEGER NOT NULL DEFAULT 0
);

-- Signed score sheets (SignedDocument JSON, signature checked against the kiosk's key).
CREATE TABLE received_sheets (
    sheet_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    seat_no INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    document TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX received_sheets_session ON received_sheets (session_id, ticket_no);
