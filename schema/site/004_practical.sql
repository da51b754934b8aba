-- 实际操作考试: the practical session of a plan, who may sit it, the task drawn per subject,
-- the graders, their signed marks, machine scores, chief graders' decisions, the signed
-- practical score sheets, and every attempt's outcome for the make-up rule. SQLite 3.15.

-- One practical session per plan. The rubric is kept as the canonical JSON the marks were
-- checked against, so a later change of the centre's files cannot change a stored score.
CREATE TABLE practical_sessions (
    session_id TEXT PRIMARY KEY CHECK (length(session_id) > 0),
    plan_id TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL,
    rubric TEXT NOT NULL,
    max_difference INTEGER NOT NULL CHECK (max_difference >= 0),
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    proctor TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
);

-- The roster as the practical session sees it: eligible or not, and why.
CREATE TABLE practical_candidates (
    session_id TEXT NOT NULL REFERENCES practical_sessions (session_id),
    ticket_no TEXT NOT NULL,
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_no TEXT NOT NULL,
    attempt INTEGER NOT NULL CHECK (attempt IN (1, 2)),
    eligible INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    reason TEXT NOT NULL,
    PRIMARY KEY (session_id, ticket_no)
);

-- 抽题: one task per candidate and subject, drawn by the system (seed kept, re-derivable) or
-- the lot the candidate drew (method 'lot').
CREATE TABLE practical_draws (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    task_index INTEGER NOT NULL CHECK (task_index >= 0),
    method TEXT NOT NULL CHECK (method IN ('system', 'lot')),
    seed BLOB,
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, subject_code)
);

-- 考评人员 assigned to the session; a chief grader settles flagged differences.
CREATE TABLE practical_graders (
    session_id TEXT NOT NULL,
    grader TEXT NOT NULL,
    chief INTEGER NOT NULL DEFAULT 0 CHECK (chief IN (0, 1)),
    assigned_by TEXT NOT NULL,
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, grader)
);

-- One grader's signed mark of one subject. A re-mark opens a new round; earlier rounds stay.
CREATE TABLE practical_marks (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    round INTEGER NOT NULL CHECK (round >= 1),
    grader TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    vetoed INTEGER NOT NULL CHECK (vetoed IN (0, 1)),
    document TEXT NOT NULL, -- the grader-signed mark (SignedDocument JSON)
    marked_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, subject_code, round, grader)
);

-- The current marking round of a subject (absent: round 1).
CREATE TABLE practical_rounds (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    round INTEGER NOT NULL CHECK (round >= 1),
    PRIMARY KEY (session_id, ticket_no, subject_code)
);

-- A machine-scored subject (simulation station): the score and where it came from.
CREATE TABLE practical_machine_scores (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    half_points INTEGER NOT NULL CHECK (half_points BETWEEN 0 AND 200),
    source TEXT NOT NULL CHECK (length(source) > 0),
    entered_by TEXT NOT NULL,
    entered_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, subject_code)
);

-- A chief grader's decision on a flagged subject: the score it stands at, and why.
CREATE TABLE practical_decisions (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    half_points INTEGER NOT NULL CHECK (half_points BETWEEN 0 AND 200),
    decided_by TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    decided_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_no, subject_code)
);

-- The countersigned practical score sheets, written at close.
CREATE TABLE practical_sheets (
    session_id TEXT NOT NULL,
    ticket_no TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (session_id, ticket_no)
);

-- Every attempt's outcome per person (ID number) and exam, for 补考: one make-up after a
-- fail, a second fail means 重新参加培训 and no further attempt is accepted.
CREATE TABLE exam_attempts (
    id_no TEXT NOT NULL,
    exam TEXT NOT NULL CHECK (exam IN ('knowledge', 'practical')),
    attempt INTEGER NOT NULL CHECK (attempt IN (1, 2)),
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    plan_id TEXT NOT NULL,
    source TEXT NOT NULL, -- the sheet id it came from
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (id_no, exam, attempt)
);
