/**
 * Version 2: invoices that look alike across accounts (the same provider's invoice id, or the same
 * number, amount and currency: the same key added twice, or a provider that bills two accounts for
 * one thing) and what the user decided about them.
 */
export const SCHEMA_V2 = `
CREATE INDEX invoices_provider_id ON invoices(provider, provider_invoice_id);
CREATE INDEX invoices_number_amount ON invoices(number, total, currency);

-- Derived after every sync that wrote rows and every account removal: the later copy of a pair
-- (by row) points at the earlier one. Counted once in what is owed until the user decides.
CREATE TABLE duplicate_flags (
  seq INTEGER PRIMARY KEY REFERENCES invoices(seq) ON DELETE CASCADE,
  duplicate_of TEXT NOT NULL
) STRICT;

-- 'distinct': the user says the look-alike is a separate bill (counted again); NULL: not decided.
ALTER TABLE invoice_marks ADD COLUMN duplicate_decision TEXT;
`;

/**
 * Rebuilds duplicate_flags from the invoices: for every invoice, the earliest row of another account
 * with the same provider's id, or with the same number, total and currency. Both lookups are indexed.
 */
export const REBUILD_DUPLICATES = `
DELETE FROM duplicate_flags;
INSERT INTO duplicate_flags (seq, duplicate_of)
SELECT pair.seq, (SELECT id FROM invoices WHERE seq = pair.first_seq) FROM (
  SELECT i.seq AS seq, min(
    coalesce((SELECT min(d.seq) FROM invoices d
      WHERE d.provider = i.provider AND d.provider_invoice_id = i.provider_invoice_id AND d.account_id <> i.account_id AND d.seq < i.seq), 9e18),
    coalesce((SELECT min(d.seq) FROM invoices d
      WHERE i.number IS NOT NULL AND d.number = i.number AND d.total = i.total AND d.currency = i.currency AND d.account_id <> i.account_id AND d.seq < i.seq), 9e18)
  ) AS first_seq
  FROM invoices i
) AS pair WHERE pair.first_seq < 9e18;
`;
