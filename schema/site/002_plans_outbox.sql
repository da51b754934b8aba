-- The plans the console received and the proctor's decision on each (核对确认), and the
-- signed documents waiting for the site agent to take them to the centre. SQLite 3.15.

-- One plan as received: from a centre-signed plan package (the exact envelope bytes, verified
-- again whenever it is opened) or, for a site with no link and for tests, from the centre's
-- files folder. A newer version of a plan replaces the older one and its decision.
CREATE TABLE plans (
    plan_id TEXT PRIMARY KEY CHECK (length(plan_id) > 0),
    version INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('package', 'files')),
    package TEXT NOT NULL DEFAULT '',   -- SignedDocument JSON of the plan package
    files_dir TEXT NOT NULL DEFAULT '', -- the centre's files folder (source 'files')
    received_at INTEGER NOT NULL,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'confirmed', 'refused')),
    decided_by TEXT,
    decided_at INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);

-- Signed documents for the centre (plan confirmations, session records…), keyed like the
-- agent's outbox by (kind, id) so that queueing twice changes nothing.
CREATE TABLE outbox (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    document TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    taken_at INTEGER, -- when the agent took it (NULL: still waiting)
    PRIMARY KEY (kind, doc_id)
);
