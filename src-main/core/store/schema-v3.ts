/**
 * Version 3: the user's notes and tags on invoices. Like marks, they are the user's own words: never
 * written by a sync, kept when an invoice leaves the provider's list (it may come back), removed with
 * their account. Who and when are kept with each; every change also goes to mark_events.
 */
export const SCHEMA_V3 = `
CREATE TABLE invoice_notes (
  invoice_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- One row per tag on an invoice; a tag is the same tag whatever its case.
CREATE TABLE invoice_tags (
  invoice_id TEXT NOT NULL,
  tag TEXT NOT NULL COLLATE NOCASE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (invoice_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX invoice_tags_by_tag ON invoice_tags(tag COLLATE NOCASE, invoice_id);
`;
