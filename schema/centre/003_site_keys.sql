-- centre.db v3: one table for every key a site vouches for in a site-signed key list: its
-- kiosks (kiosk-list, role 'kiosk') and its staff (staff-list, the console account's role).
-- The hub checks a signer's role here: kiosks sign knowledge score sheets, proctors and
-- administrators countersign practical sheets, session records, plan confirmations and the
-- audit log, graders sign the marks inside a practical sheet.
CREATE TABLE site_keys (
    sign_public BLOB PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites (site_id),
    key_id TEXT NOT NULL, -- the kiosk id, or the person's account name
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'administrator', 'proctor', 'grader')),
    enrolled_at TEXT NOT NULL
);
INSERT INTO site_keys (sign_public, site_id, key_id, role, enrolled_at)
    SELECT sign_public, site_id, kiosk_id, 'kiosk', enrolled_at FROM kiosks;
DROP TABLE kiosks;
