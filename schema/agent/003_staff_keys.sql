-- agent.db v3: the staff keys this agent has signed staff lists for, and the ones it removed
-- (examroom.staff-list.v2). The agent refuses a console document whose signer it removed, and
-- a list that would add a removed key again. Lists signed before this version are not here:
-- SQLite 3.15 has no json1 to read them back; a removal of such a key is recorded all the same.
CREATE TABLE staff_keys (
    sign_public BLOB PRIMARY KEY,
    staff_id TEXT NOT NULL,
    role TEXT, -- NULL for a key removed that this agent never listed
    listed_by TEXT, -- the id of the staff list that listed it
    removed_by TEXT, -- the id of the staff list that removed it
    removed_at TEXT
);
