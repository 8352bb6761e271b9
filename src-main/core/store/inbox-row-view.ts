/** One inbox row as the store reads it (the columns every list read selects) and as the renderer gets it. */
import type { InboxRowView, InvoiceKind, InvoiceState, InvoiceStatus, ProviderId } from '../../../src-shared/domain';
import { PAYABLE, STATE } from './inbox-sql';

export interface WindowRow {
  id: string;
  account_id: string;
  provider: string;
  provider_invoice_id: string;
  number: string | null;
  status: string;
  state: string;
  payable: number;
  marked_paid_at: string | null;
  muted: number;
  marks_since: string;
  duplicate_of: string | null;
  duplicate_decision: string | null;
  raw_status: string;
  kind: string;
  currency: string;
  total: number;
  amount_due: number;
  amount_paid: number;
  issued_at: string | null;
  due_at: string | null;
  paid_at: string | null;
  description: string | null;
  has_pdf: number;
  tags: string | null;
  has_note: number;
}

/** The columns of a row view, from invoices i (the user's mark, note and tags joined by id; the duplicate flag by row). */
export const WINDOW_COLUMNS = `i.id, i.account_id, i.provider, i.provider_invoice_id, i.number, i.status, ${STATE} AS state, ${PAYABLE} AS payable,
  (SELECT mk.marked_paid_at FROM invoice_marks mk WHERE mk.invoice_id = i.id) AS marked_paid_at,
  coalesce((SELECT mk.muted FROM invoice_marks mk WHERE mk.invoice_id = i.id), 0) AS muted, @marksSince AS marks_since,
  (SELECT f.duplicate_of FROM duplicate_flags f WHERE f.seq = i.seq) AS duplicate_of,
  (SELECT mk.duplicate_decision FROM invoice_marks mk WHERE mk.invoice_id = i.id) AS duplicate_decision, i.raw_status, i.kind,
  i.currency, i.total, i.amount_due, i.amount_paid, i.issued_at, i.due_at, i.paid_at, i.description, i.pdf_url IS NOT NULL AS has_pdf,
  (SELECT group_concat(t.tag, char(31)) FROM (SELECT tag FROM invoice_tags WHERE invoice_id = i.id ORDER BY tag COLLATE NOCASE) t) AS tags,
  EXISTS (SELECT 1 FROM invoice_notes n WHERE n.invoice_id = i.id) AS has_note`;

export function toView(row: WindowRow, labels: ReadonlyMap<string, string>): InboxRowView {
  return {
    id: row.id,
    accountId: row.account_id,
    accountLabel: labels.get(row.account_id) ?? row.account_id,
    provider: row.provider as ProviderId,
    providerInvoiceId: row.provider_invoice_id,
    number: row.number,
    status: row.status as InvoiceStatus,
    state: row.state as InvoiceState,
    payable: row.payable === 1,
    markedPaidAt: row.marked_paid_at,
    muted: row.muted === 1,
    markState: row.marked_paid_at === null ? null : row.marked_paid_at >= row.marks_since ? 'waiting' : 'contradicted',
    possibleDuplicateOf: row.duplicate_decision === 'distinct' ? null : row.duplicate_of,
    rawStatus: row.raw_status,
    kind: row.kind as InvoiceKind,
    currency: row.currency,
    total: row.total,
    amountDue: row.amount_due,
    amountPaid: row.amount_paid,
    issuedAt: row.issued_at,
    dueAt: row.due_at,
    paidAt: row.paid_at,
    description: row.description,
    hasPdf: row.has_pdf === 1,
    tags: row.tags === null ? [] : row.tags.split('\u001f'),
    hasNote: row.has_note === 1,
  };
}
