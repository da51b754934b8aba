-- kiosk.db, version 2: the room link's state (shared/room/RoomClient.h). The outbox of
-- version 1 holds the sheets and raised hands until the console acknowledges them.

-- The console this kiosk is paired with: its CURVE key pinned at pairing, the seat it gave.
CREATE TABLE room_link (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    console_key BLOB NOT NULL,
    room_endpoint TEXT NOT NULL,
    room_id TEXT NOT NULL,
    seat_no INTEGER NOT NULL,
    paired_at TEXT NOT NULL
);

-- The provisioned session: the bundle's bytes (open files of the session and the bank still
-- sealed under the data key, which is never stored), written only after its hash matched.
CREATE TABLE room_provision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    session_id TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    bundle BLOB NOT NULL,
    stored_at TEXT NOT NULL
);

-- The highest journal seq of each attempt the console acknowledged (the journal is the
-- mirror's outbox: what lies after this is sent again).
CREATE TABLE room_mirror (
    attempt TEXT PRIMARY KEY,
    acked_seq INTEGER NOT NULL DEFAULT 0
);

-- Seeds and proctor commands already applied, so a repeat is acknowledged, not applied again.
CREATE TABLE room_applied (
    command_id TEXT PRIMARY KEY,
    ok INTEGER NOT NULL,
    why TEXT NOT NULL DEFAULT ''
);
