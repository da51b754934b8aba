-- centre.db v2: results are found by plan without reading every sheet, and receipts are per
-- batch (examroom.receipt.v2).

-- The plan a stored sheet belongs to (knowledge sheets: from the verified sheet; practical
-- sheets: the body's plan_id), so `hub results PLAN` reads only that plan's rows. Rows stored
-- before v2 are filled from the sheet id (plan/ticket/attempt).
ALTER TABLE documents ADD COLUMN plan_id TEXT;
UPDATE documents SET plan_id = substr(doc_id, 1, instr(doc_id, '/') - 1)
    WHERE kind IN ('knowledge-score-sheet', 'practical-score-sheet') AND instr(doc_id, '/') > 1;
CREATE INDEX documents_by_plan ON documents (plan_id, kind);

-- From v2 on, documents.receipt holds the item's receipt code: the signed receipt covers a
-- whole batch and is made again, byte for byte the same, for any later delivery.
