/**
 * Version 1 of the workspace database: what a data dir holds. Provider data (accounts' invoices, their
 * line items, the search index, sync state) is rebuilt by a sync; what the user owns (marks, audit,
 * fired reminders, settings, saved views) never is: a sync never writes those tables.
 */
export const SCHEMA_V1 = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  label TEXT NOT NULL,
  base_url TEXT,
  created_at TEXT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE sync_state (
  account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  fetch_started_at TEXT,
  synced_at TEXT,
  last_error TEXT,
  last_error_at TEXT,
  warnings TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE invoices (
  seq INTEGER PRIMARY KEY,  -- stable rowid: the search index row of this invoice
  id TEXT NOT NULL UNIQUE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  provider TEXT NOT NULL,
  provider_invoice_id TEXT NOT NULL,
  number TEXT,
  status TEXT NOT NULL,
  raw_status TEXT NOT NULL,
  kind TEXT NOT NULL,
  currency TEXT NOT NULL,
  total INTEGER NOT NULL,
  amount_due INTEGER NOT NULL,
  amount_paid INTEGER NOT NULL,
  issued_at TEXT,
  due_at TEXT,
  paid_at TEXT,
  period_start TEXT,
  period_end TEXT,
  description TEXT,
  pay_url TEXT,
  pdf_url TEXT,
  receipt_url TEXT,
  updated_at TEXT,
  -- Derived at write time from the columns above (see invoice-row.ts), never from the clock:
  due_date TEXT,            -- a calendar due date as the provider gave it (YYYY-MM-DD)
  due_ms INTEGER,           -- a due moment (unix ms) when the provider gave a date-time
  due_sort INTEGER,         -- due_ms, or due_date at 00:00 UTC: one sort key for both forms
  issued_ms INTEGER,
  paid_ms INTEGER,
  total_major REAL NOT NULL,  -- total in major units, for sorting by amount across currencies
  attention_group INTEGER NOT NULL,
  attention_key INTEGER NOT NULL,
  content_hash TEXT NOT NULL,  -- what the provider says, without re-signable URLs (incremental sync overlap)
  row_hash TEXT NOT NULL       -- everything stored: unchanged rows are never written again
) STRICT;

CREATE INDEX invoices_account ON invoices(account_id);
CREATE INDEX invoices_status ON invoices(status);
CREATE INDEX invoices_due ON invoices(due_sort);
CREATE INDEX invoices_issued ON invoices(issued_ms);
CREATE INDEX invoices_currency_amount ON invoices(currency, total);
CREATE INDEX invoices_amount ON invoices(total_major);
CREATE INDEX invoices_paid ON invoices(paid_ms);
CREATE INDEX invoices_attention ON invoices(attention_group, attention_key, id);
-- Covers every column filters and figures read, keyed by seq: totals and aging over 100k invoices
-- (alone or joined to a search) scan this narrow index instead of the wide rows.
CREATE INDEX invoices_figures ON invoices(seq, currency, status, kind, amount_due, amount_paid, total, due_date, due_ms, paid_ms, account_id, provider);

CREATE TABLE line_items (
  invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  quantity REAL,
  unit_amount INTEGER,
  amount INTEGER NOT NULL,
  period_start TEXT,
  period_end TEXT,
  PRIMARY KEY (invoice_id, position)
) STRICT, WITHOUT ROWID;

-- Search: number, provider id, description, line items, account label and provider name, folded to
-- lower case without accents (search-text.ts), as one text; any substring matches: words of three or
-- more characters through the trigram index (exact phrase), shorter ones by LIKE.
-- rowid = invoices.seq; kept in step by the store, in the same transaction as the invoice.
CREATE VIRTUAL TABLE invoice_search USING fts5(text, tokenize = 'trigram', detail = 'full');

-- What the user owns about an invoice. Kept when the invoice leaves the provider's list (it may come
-- back); removed with its account.
CREATE TABLE invoice_marks (
  invoice_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  snoozed_until TEXT,
  muted INTEGER NOT NULL DEFAULT 0,
  marked_paid_at TEXT,
  marked_paid_by TEXT,
  marked_status TEXT,
  expected_due_date TEXT,
  updated_at TEXT NOT NULL
) STRICT;

-- Who did what to an invoice, when (never rewritten).
CREATE TABLE mark_events (
  id INTEGER PRIMARY KEY,
  invoice_id TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT
) STRICT;
CREATE INDEX mark_events_invoice ON mark_events(invoice_id, id);

CREATE TABLE account_mutes (
  account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  muted_at TEXT NOT NULL
) STRICT;

-- Reminder keys that have fired (never fired twice, across restarts and processes).
CREATE TABLE fired_reminders (
  key TEXT PRIMARY KEY,
  at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  position INTEGER NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Things the user must be told until they say they have seen it (a damaged database set aside).
CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  created_at TEXT NOT NULL,
  acknowledged_at TEXT
) STRICT;
`;
