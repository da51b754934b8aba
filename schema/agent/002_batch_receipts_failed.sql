-- agent.db v2: one signed receipt per batch (examroom.receipt.v2), and a terminal state for
-- items the hub never settles.

-- Each signed batch receipt once; receipts rows point to the one that covers them and keep
-- their own entry of it (kind, id, content hash, receipt code) in `receipt`.
CREATE TABLE signed_receipts (
    receipt_id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
ALTER TABLE receipts ADD COLUMN receipt_id TEXT REFERENCES signed_receipts (receipt_id);

-- state 'failed': sent max_attempts times and answered every time without being accepted or
-- rejected; kept for a person, not retried. SQLite cannot change a CHECK, so the table is
-- rebuilt with the same rows.
CREATE TABLE outbox_v2 (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    envelope TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'rejected', 'failed')),
    reason TEXT,
    UNIQUE (kind, doc_id)
);
INSERT INTO outbox_v2 (seq, kind, doc_id, envelope, content_hash, queued_at, attempts, state,
                       reason)
    SELECT seq, kind, doc_id, envelope, content_hash, queued_at, attempts, state, reason
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
