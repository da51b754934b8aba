-- centre.db v4: a site-signed staff list of format examroom.staff-list.v2 removes keys. The
-- row stays (what the key signed before stays attributable); a removed key no longer signs
-- anything the hub stores, and no later list can add it again.
ALTER TABLE site_keys ADD COLUMN removed_by TEXT; -- the id of the staff list that removed it
ALTER TABLE site_keys ADD COLUMN removed_at TEXT; -- when the hub took that list in
