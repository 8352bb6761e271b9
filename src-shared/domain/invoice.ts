import { dueDayOf } from './dates';
import { localDay, systemZoneName, type TimeZone } from './local-time';
import type { ProviderId } from './provider';

/**
 * The one status vocabulary for every provider, as the provider said it (normalized). `overdue` is
 * only ever the provider's own word (Opterius, Commet); whether an invoice is overdue for the user is
 * decided by invoiceState() on the local calendar. `unknown`: the provider sent a word Invoice Inbox
 * does not know (kept in `rawStatus`); it is never guessed as open and counts toward nothing.
 */
export const INVOICE_STATUSES = ['draft', 'open', 'overdue', 'paid', 'void', 'uncollectible', 'unknown'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * What a record is, from the provider's own fields:
 * - invoice: a bill; the only kind that can be owed.
 * - credit_note: money credited to the user (a negative invoice, a received credit transfer).
 * - refund: money given back.
 * - prepayment: money paid in advance (card top-ups, credit purchases, prepaid reservations, balance top-ups).
 * - other: anything else (payouts, record types Invoice Inbox does not know).
 * `total` is always the magnitude; the kind says which way the money goes.
 */
export const INVOICE_KINDS = ['invoice', 'credit_note', 'refund', 'prepayment', 'other'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** Kinds in words (chips, filters, exports). */
export const KIND_LABELS: Readonly<Record<InvoiceKind, string>> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  refund: 'Refund',
  prepayment: 'Prepayment / top-up',
  other: 'Other',
};

export interface LineItem {
  description: string;
  /** null when the provider does not give a quantity. */
  quantity: number | null;
  /** Minor units; null when the provider does not give a unit amount. */
  unitAmount: number | null;
  /** Minor units. */
  amount: number;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface Invoice {
  /** `<accountId>:<providerInvoiceId>`, unique across the whole inbox. */
  id: string;
  accountId: string;
  provider: ProviderId;
  providerInvoiceId: string;
  /** Human-readable number ("INV-0305"); null when the provider has none. */
  number: string | null;
  status: InvoiceStatus;
  /** The provider's own status word, kept as given ("unpaid", "outstanding", "end:null"). */
  rawStatus: string;
  kind: InvoiceKind;
  /** ISO 4217, upper case. */
  currency: string;
  /** Integer minor units. */
  total: number;
  amountDue: number;
  amountPaid: number;
  /** ISO UTC date-time. */
  issuedAt: string | null;
  /** ISO UTC date-time, or a calendar date (YYYY-MM-DD) when the provider gives a date. */
  dueAt: string | null;
  paidAt: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  description: string | null;
  payUrl: string | null;
  pdfUrl: string | null;
  receiptUrl: string | null;
  lineItems: LineItem[];
  /** The provider's last-modified time when it gives one (used to spot changes on re-sync). */
  updatedAt: string | null;
}

export function invoiceId(accountId: string, providerInvoiceId: string): string {
  return `${accountId}:${providerInvoiceId}`;
}

/**
 * The status as the inbox used to show it: open becomes overdue from the first LOCAL calendar day after
 * its due date (exactly when invoiceState() says 'overdue'); a provider's "overdue" whose due day has
 * not passed reads as open. Every other status stands. `zone` defaults to the runtime's own zone.
 * @deprecated Kept for the renderer inbox until it reads invoiceState(); new code calls invoiceState().
 */
export function deriveStatus(status: InvoiceStatus, dueAt: string | null, nowMs: number, zone: TimeZone | string = systemZoneName()): InvoiceStatus {
  if (!isUnpaid(status)) return status;
  const dueDay = dueDayOf(dueAt, zone);
  if (dueDay === null) return status;
  return dueDay < localDay(nowMs, zone) ? 'overdue' : 'open';
}

/** Statuses that can still change on the provider's side (refreshed on every incremental sync). */
export function canStillChange(status: InvoiceStatus): boolean {
  return status === 'open' || status === 'overdue' || status === 'draft' || status === 'unknown';
}

/** Statuses that mean money may be owed (the provider says unpaid). */
export function isUnpaid(status: InvoiceStatus): boolean {
  return status === 'open' || status === 'overdue';
}

/** Statuses that say the provider has settled the record: paid, void or written off. */
export function isSettled(status: InvoiceStatus): boolean {
  return status === 'paid' || status === 'void' || status === 'uncollectible';
}

/**
 * Whether the record counts toward what is due (totals, aging, reminders, tray, badge): a bill
 * (kind 'invoice') the provider says is unpaid, with money still owed. Credits, refunds, prepayments,
 * other records, unknown statuses and zero amounts never count.
 */
export function isPayable(invoice: Pick<Invoice, 'kind' | 'status' | 'amountDue'>): boolean {
  return invoice.kind === 'invoice' && isUnpaid(invoice.status) && invoice.amountDue > 0;
}

/**
 * The kind for a value stored by an older version (caches written before the kinds were reworked).
 * Old Vast ledger types: credit = a credit purchase, reserved = a prepaid reservation (both
 * prepayments), transfer = a received credit, payout = money paid out to the user.
 */
export function legacyKind(old: string): InvoiceKind {
  switch (old.trim().toLowerCase()) {
    case 'invoice':
      return 'invoice';
    case 'credit':
    case 'payment':
    case 'reserved':
    case 'prepayment':
      return 'prepayment';
    case 'refund':
      return 'refund';
    case 'transfer':
    case 'credit_note':
      return 'credit_note';
    default:
      return 'other';
  }
}
