-- centre.db v6: a stored document row holds each fact once, so that two score sheets share a
-- 4 KiB page (docs/performance.md, "Hub ingest: two rows to a page"). A v5 row was about
-- 2,190 bytes, just over half of a SQLCipher page's 4,048 usable bytes: every sheet took a page
-- of its own, encrypted and written to the WAL half empty.
-- - The binary document repeated the kind, id and signer its columns hold: only the signature
--   and the signed body are kept beside them; the document is rebuilt byte for byte from the
--   five (SignedDocument::toBinary).
-- - The content hash is the BLAKE2b of those five: computed when needed, not stored.
-- - received_at: seconds since 1970 UTC (the hub only ever stored whole seconds in UTC).
-- - receipt: NULL when it is the receipt code of the content hash (every row from v2 on);
--   the signed receipt a v1 row holds stays as it was.
-- - review_state: 0 pending, 1 approved, 2 returned (a pending row stores no byte for it).
-- The view documents_text gives received_at and review_state back as text for the readers.
--
-- Every row converts or the migration fails whole (examroom_document_* are registered by the
-- opener and read the stored document with the product's reader): the kind, id, signer and
-- content hash the row's columns hold must be those of its document (else the body is NULL),
-- and received_at must read back as the same text (else it is NULL); NOT NULL refuses both.
-- conflicts keep their whole documents: rare, and read by a person.
CREATE TABLE documents_v6 (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    signer BLOB NOT NULL,
    signature BLOB NOT NULL,
    body BLOB NOT NULL, -- the signed bytes
    received_at INTEGER NOT NULL, -- when the centre first stored it, seconds since 1970 UTC
    receipt TEXT, -- NULL: the receipt code of the content hash
    review_state INTEGER NOT NULL DEFAULT 0 CHECK (review_state IN (0, 1, 2)),
    plan_id TEXT,
    PRIMARY KEY (kind, doc_id)
);
INSERT INTO documents_v6 (kind, doc_id, site_id, signer, signature, body, received_at, receipt,
                          review_state, plan_id)
    SELECT kind, doc_id, site_id, signer, examroom_document_signature(document),
           CASE WHEN hex(examroom_document_identity(document)) =
                     hex(kind) || '00' || hex(doc_id) || '00' || hex(signer) || upper(content_hash)
                THEN examroom_document_body(document) END,
           CASE WHEN strftime('%Y-%m-%dT%H:%M:%SZ', CAST(strftime('%s', received_at) AS INTEGER),
                              'unixepoch') = received_at
                THEN CAST(strftime('%s', received_at) AS INTEGER) END,
           NULLIF(receipt, CAST(examroom_receipt_code(content_hash) AS TEXT)),
           CASE review_state WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 WHEN 'returned' THEN 2
           END,
           plan_id
    FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
CREATE INDEX documents_by_plan ON documents (plan_id, kind);

CREATE VIEW documents_text AS
    SELECT kind, doc_id, site_id, plan_id, body,
           strftime('%Y-%m-%dT%H:%M:%SZ', received_at, 'unixepoch') AS received_at,
           CASE review_state WHEN 1 THEN 'approved' WHEN 2 THEN 'returned' ELSE 'pending'
           END AS review_state
    FROM documents;
