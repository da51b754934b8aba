-- 纸质试卷: a candidate whose seat (or room) failed sits the printed paper of their own draw
-- (the seed the console issued), two staff enter the answers independently, their differences
-- are resolved, the paper is scored by the kiosk's scoring code and the sheet is countersigned
-- at close. SQLite 3.15.

-- One candidate switched to paper (an incident with a reason, also in `incidents`). The
-- answers the kiosk had mirrored are frozen at the switch ({"index": bits}, displayed
-- positions): the candidate keeps them and the printed paper marks those items.
CREATE TABLE paper_candidates (
    session_id TEXT NOT NULL REFERENCES exam_sessions (session_id),
    ticket_no TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    switched_by TEXT NOT NULL,
    switched_at INTEGER NOT NULL,
    kiosk_attempt TEXT NOT NULL DEFAULT '',
    kiosk_answers TEXT NOT NULL DEFAULT '{}',
    sheet TEXT,             -- the scored sheet (ScoreSheet JSON, exam_mode paper)
    scored_by TEXT,
    scored_at INTEGER,
    document TEXT,          -- the sheet countersigned at close (SignedDocument JSON)
    PRIMARY KEY (session_id, ticket_no)
);

-- The two independent entries of a paper, each signed by the staff member who typed it.
CREATE TABLE paper_entries (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    entry_no INTEGER NOT NULL CHECK (entry_no IN (1, 2)),
    staff TEXT NOT NULL,
    answers TEXT NOT NULL,  -- JSON array of displayed letters per item ("" = blank)
    document TEXT NOT NULL, -- the signed paper-entry (SignedDocument JSON)
    entered_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, entry_no),
    UNIQUE (session_id, ticket_no, staff)
);

-- How a difference between the two entries was settled: the answer read off the paper, who,
-- and why, signed.
CREATE TABLE paper_resolutions (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    item INTEGER NOT NULL CHECK (item >= 0),
    answer TEXT NOT NULL,
    staff TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    document TEXT NOT NULL,
    resolved_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, item)
);
