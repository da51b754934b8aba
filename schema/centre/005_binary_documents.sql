-- centre.db v5: documents are stored as they arrive in examroom.upload-batch.v3, in the
-- binary form of SignedDocument::toBinary (docs/protocol-centre.md, "Signed documents in
-- binary"): the body is the signed bytes, not a JSON string escaped inside an envelope.
-- Every stored row converts (examroom_document_blob, registered by the opener, reads the old
-- envelope with the product's reader); a row that does not convert fails the migration whole.
-- SQLite cannot drop a column, so both tables are rebuilt with the same rows.
CREATE TABLE documents_v5 (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    signer BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    document BLOB NOT NULL,
    received_at TEXT NOT NULL,
    receipt TEXT NOT NULL, -- the item's receipt code (v2 on)
    review_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (review_state IN ('pending', 'approved', 'returned')),
    plan_id TEXT,
    PRIMARY KEY (kind, doc_id)
);
INSERT INTO documents_v5 (kind, doc_id, site_id, signer, content_hash, document, received_at,
                          receipt, review_state, plan_id)
    SELECT kind, doc_id, site_id, signer, content_hash, examroom_document_blob(envelope),
           received_at, receipt, review_state, plan_id
    FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v5 RENAME TO documents;
CREATE INDEX documents_by_plan ON documents (plan_id, kind);

CREATE TABLE conflicts_v5 (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    document BLOB NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (kind, doc_id, content_hash)
);
INSERT INTO conflicts_v5 (id, kind, doc_id, site_id, content_hash, document, received_at)
    SELECT id, kind, doc_id, site_id, content_hash, examroom_document_blob(envelope), received_at
    FROM conflicts;
DROP TABLE conflicts;
ALTER TABLE conflicts_v5 RENAME TO conflicts;
