-- The console's end of the link to the site agent (shared/site/AgentLinkStore.h): the
-- console's own CURVE key pair for that link (made at first start; the agent lists the public
-- half in agent.link.consoles) and what an administrator set: the agent's address and its
-- public keys (the agent's `keys:` line), pinned. The secret stays in SQLCipher, never in a
-- file of its own. SQLite 3.15.
CREATE TABLE agent_link (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    console_secret_key BLOB NOT NULL CHECK (length(console_secret_key) = 32),
    console_public_key BLOB NOT NULL CHECK (length(console_public_key) = 32),
    endpoint TEXT NOT NULL DEFAULT '',
    agent_sign_key BLOB CHECK (agent_sign_key IS NULL OR length(agent_sign_key) = 32),
    agent_curve_key BLOB CHECK (agent_curve_key IS NULL OR length(agent_curve_key) = 32),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
