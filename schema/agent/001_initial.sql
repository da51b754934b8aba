-- agent.db, the site agent's state (SQLCipher, synchronous=FULL, random per-device key in
-- agent.db.key, mode 0600).

CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sign_secret BLOB NOT NULL,
    curve_secret BLOB NOT NULL,
    site_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The pinned centre keys (agent trust-centre).
CREATE TABLE centre (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sign_public BLOB NOT NULL,
    curve_public BLOB NOT NULL,
    trusted_at TEXT NOT NULL
);

-- Verified plan packages, for the proctor console.
CREATE TABLE inbox (
    plan_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- Signed documents waiting for a receipt. state: 'queued' (to send) or 'rejected' (the hub
-- refused it; kept for a person, not retried).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    envelope TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'rejected')),
    reason TEXT,
    UNIQUE (kind, doc_id)
);

-- Checked receipts; an outbox row is deleted in the same transaction that stores its receipt.
CREATE TABLE receipts (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    receipt TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (kind, doc_id)
);
