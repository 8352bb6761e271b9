/** One inbox row as the store reads it (the columns every list read selects) and as the renderer gets it. */
import type { InboxRowView, InvoiceKind, InvoiceState, InvoiceStatus, ProviderId } from '../../../src-shared/domain';
import { PAYABLE, STATE } from './inbox-sql';

/**
 * The columns of a row view over invoices i, in order (the account's label, the user's mark, note and
 * tags joined by id; the duplicate flag by row).
 */
const COLUMNS = {
  id: 'i.id',
  accountId: 'i.account_id',
  accountLabel: 'coalesce((SELECT a.label FROM accounts a WHERE a.id = i.account_id), i.account_id)',
  provider: 'i.provider',
  providerInvoiceId: 'i.provider_invoice_id',
  number: 'i.number',
  status: 'i.status',
  state: STATE,
  payable: PAYABLE,
  markedPaidAt: '(SELECT mk.marked_paid_at FROM invoice_marks mk WHERE mk.invoice_id = i.id)',
  muted: 'coalesce((SELECT mk.muted FROM invoice_marks mk WHERE mk.invoice_id = i.id), 0)',
  duplicateOf: '(SELECT f.duplicate_of FROM duplicate_flags f WHERE f.seq = i.seq)',
  duplicateDecision: '(SELECT mk.duplicate_decision FROM invoice_marks mk WHERE mk.invoice_id = i.id)',
  rawStatus: 'i.raw_status',
  kind: 'i.kind',
  currency: 'i.currency',
  total: 'i.total',
  amountDue: 'i.amount_due',
  amountPaid: 'i.amount_paid',
  issuedAt: 'i.issued_at',
  dueAt: 'i.due_at',
  paidAt: 'i.paid_at',
  description: 'i.description',
  hasPdf: 'i.pdf_url IS NOT NULL',
  tags: '(SELECT group_concat(t.tag, char(31)) FROM (SELECT tag FROM invoice_tags WHERE invoice_id = i.id ORDER BY tag COLLATE NOCASE) t)',
  hasNote: 'EXISTS (SELECT 1 FROM invoice_notes n WHERE n.invoice_id = i.id)',
} as const;

type Column = keyof typeof COLUMNS;
const NAMES = Object.keys(COLUMNS) as Column[];
const AT = Object.fromEntries(NAMES.map((name, n) => [name, n])) as Record<Column, number>;

/** The SELECT list of a row view (alias i for invoices; the statement binds the calendar's parameters). */
export const WINDOW_COLUMNS = NAMES.map((name) => COLUMNS[name]).join(', ');
/** How many values a row view's columns take (a column selected after them is at this index). */
export const WINDOW_WIDTH = NAMES.length;

/**
 * One row as read: the values of the columns above in their order. Statements read rows as arrays
 * (better-sqlite3's raw mode), which costs about half as much as a row object of 25 named values.
 */
export type WindowRow = readonly unknown[];

/** An "I paid this" mark still waiting for the provider to confirm, or contradicted by it (too long ago). */
export function markStateOf(markedPaidAt: string | null, paidMarksSince: () => string): InboxRowView['markState'] {
  return markedPaidAt === null ? null : markedPaidAt >= paidMarksSince() ? 'waiting' : 'contradicted';
}

/**
 * `paidMarksSince`: when "I paid this" marks still count (QueryCalendar.paidMarksSince), asked only
 * for a row the user marked paid.
 */
export function toView(row: WindowRow, paidMarksSince: () => string): InboxRowView {
  const markedPaidAt = row[AT.markedPaidAt] as string | null;
  const tags = row[AT.tags] as string | null;
  return {
    id: row[AT.id] as string,
    accountId: row[AT.accountId] as string,
    accountLabel: row[AT.accountLabel] as string,
    provider: row[AT.provider] as ProviderId,
    providerInvoiceId: row[AT.providerInvoiceId] as string,
    number: row[AT.number] as string | null,
    status: row[AT.status] as InvoiceStatus,
    state: row[AT.state] as InvoiceState,
    payable: row[AT.payable] === 1,
    markedPaidAt,
    muted: row[AT.muted] === 1,
    markState: markStateOf(markedPaidAt, paidMarksSince),
    possibleDuplicateOf: row[AT.duplicateDecision] === 'distinct' ? null : (row[AT.duplicateOf] as string | null),
    rawStatus: row[AT.rawStatus] as string,
    kind: row[AT.kind] as InvoiceKind,
    currency: row[AT.currency] as string,
    total: row[AT.total] as number,
    amountDue: row[AT.amountDue] as number,
    amountPaid: row[AT.amountPaid] as number,
    issuedAt: row[AT.issuedAt] as string | null,
    dueAt: row[AT.dueAt] as string | null,
    paidAt: row[AT.paidAt] as string | null,
    description: row[AT.description] as string | null,
    hasPdf: row[AT.hasPdf] === 1,
    tags: tags === null ? [] : tags.split('\u001f'),
    hasNote: row[AT.hasNote] === 1,
  };
}
