import type { ProviderId } from './provider';
import { isDateOnly } from './dates';

/** The one status vocabulary for every provider. */
export const INVOICE_STATUSES = ['draft', 'open', 'overdue', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What a record is: most are invoices; Vast's ledger also has credits, transfers, payouts, refunds. */
export const INVOICE_KINDS = ['invoice', 'credit', 'payment', 'refund', 'transfer', 'payout', 'reserved', 'other'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

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

/** An open invoice whose due moment has passed. A calendar due date is overdue from the next day (UTC). */
export function isPastDue(dueAt: string | null, nowMs: number): boolean {
  if (dueAt === null) return false;
  if (isDateOnly(dueAt)) return Date.parse(`${dueAt}T00:00:00Z`) + 86_400_000 <= nowMs;
  return Date.parse(dueAt) < nowMs;
}

/** open -> overdue once the due date has passed; every other status stands as the provider said. */
export function deriveStatus(status: InvoiceStatus, dueAt: string | null, nowMs: number): InvoiceStatus {
  return status === 'open' && isPastDue(dueAt, nowMs) ? 'overdue' : status;
}

/** Statuses that can still change on the provider's side (refreshed on every incremental sync). */
export function canStillChange(status: InvoiceStatus): boolean {
  return status === 'open' || status === 'overdue' || status === 'draft';
}

/** Statuses that mean money is owed. */
export function isUnpaid(status: InvoiceStatus): boolean {
  return status === 'open' || status === 'overdue';
}
