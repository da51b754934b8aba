-- agent.db v4: outbox items are kept as they go up in examroom.upload-batch.v3, in the binary
-- form of SignedDocument::toBinary (docs/protocol-centre.md, "Signed documents in binary"), so
-- a batch is the stored bytes with a length before each: nothing to parse or escape at the
-- site. Every queued, rejected or failed row converts (examroom_document_blob, registered by
-- the opener, reads the old envelope with the product's reader); a row that does not convert
-- fails the migration whole. SQLite cannot drop a column, so the table is rebuilt.
CREATE TABLE outbox_v4 (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    document BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'rejected', 'failed')),
    reason TEXT,
    UNIQUE (kind, doc_id)
);
INSERT INTO outbox_v4 (seq, kind, doc_id, document, content_hash, queued_at, attempts, state,
                       reason)
    SELECT seq, kind, doc_id, examroom_document_blob(envelope), content_hash, queued_at, attempts,
           state, reason
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v4 RENAME TO outbox;
