-- centre.db, the hub's state (SQLCipher, random per-device key in centre.db.key, mode 0600).

-- The centre's own identity: Ed25519 (signs packages and receipts) and CURVE (transport).
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sign_secret BLOB NOT NULL,
    curve_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Enrolled sites: their CURVE key is on the ZAP allow-list, their Ed25519 key signs batches.
CREATE TABLE sites (
    site_id TEXT PRIMARY KEY,
    sign_public BLOB NOT NULL UNIQUE,
    curve_public BLOB NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL
);

-- Kiosk device keys a site has vouched for in a site-signed kiosk list.
CREATE TABLE kiosks (
    sign_public BLOB PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites (site_id),
    kiosk_id TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
);

-- Plan packages for sites, with the authorization password for later release.
CREATE TABLE packages (
    plan_id TEXT NOT NULL,
    site_id TEXT NOT NULL REFERENCES sites (site_id),
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    password TEXT NOT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    PRIMARY KEY (plan_id, site_id, version)
);

-- Each time a password was shown, and to whom (the OS user).
CREATE TABLE password_releases (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    released_at TEXT NOT NULL,
    released_to TEXT NOT NULL
);

-- Accepted uploads, one row per (kind, doc_id): the idempotency key. The receipt is made once
-- and returned for every later delivery of the same content.
CREATE TABLE documents (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    signer BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    envelope TEXT NOT NULL,
    received_at TEXT NOT NULL,
    receipt TEXT NOT NULL,
    review_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (review_state IN ('pending', 'approved', 'returned')),
    PRIMARY KEY (kind, doc_id)
);

-- Same idempotency key, different content: kept for review, never replaces the original.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    envelope TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (kind, doc_id, content_hash)
);

-- Score review (考试成绩审核): every decision, with its reason.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
    reason TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
