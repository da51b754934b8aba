-- 实操 eligibility: the reason as a code the console translates (`reason` stays the English
-- text for logs and refusals), and for a proctor's mark the proctor's own words. Rows written
-- before this migration get their code from the English text the earlier version wrote.
ALTER TABLE practical_candidates ADD COLUMN reason_code TEXT NOT NULL DEFAULT 'no-knowledge-pass';
ALTER TABLE practical_candidates ADD COLUMN reason_note TEXT NOT NULL DEFAULT '';

UPDATE practical_candidates SET reason_code = CASE
    WHEN reason = 'passed the knowledge exam here' THEN 'knowledge-passed-here'
    WHEN reason LIKE 'marked by %' THEN 'marked-by-proctor'
    WHEN reason LIKE 'practical exam: already passed%' THEN 'practical-passed'
    WHEN reason LIKE 'practical exam: failed the make-up%' THEN 'practical-retrain'
    WHEN reason LIKE 'practical exam: failed once%' THEN 'practical-make-up-only'
    WHEN reason LIKE 'failed the knowledge exam%' THEN 'knowledge-needs-make-up'
    WHEN reason LIKE 'failed the knowledge make-up%' THEN 'knowledge-retrain'
    ELSE 'no-knowledge-pass'
END;
UPDATE practical_candidates SET reason_note = substr(reason, instr(reason, ': ') + 2)
    WHERE reason_code = 'marked-by-proctor' AND instr(reason, ': ') > 0;
