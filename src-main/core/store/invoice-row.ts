import type { Invoice, InvoiceKind, InvoiceStatus, LineItem, ProviderId } from '../../../src-shared/domain';
import { isDateOnly, isUnpaid, minorUnitDigits } from '../../../src-shared/domain';
import { invoiceFingerprint, invoiceRowHash } from '../sync/fingerprint';

/** An `invoices` row as the store reads and writes it (column names as in schema-v1.ts). */
export interface InvoiceRow {
  id: string;
  account_id: string;
  provider: string;
  provider_invoice_id: string;
  number: string | null;
  status: string;
  raw_status: string;
  kind: string;
  currency: string;
  total: number;
  amount_due: number;
  amount_paid: number;
  issued_at: string | null;
  due_at: string | null;
  paid_at: string | null;
  period_start: string | null;
  period_end: string | null;
  description: string | null;
  pay_url: string | null;
  pdf_url: string | null;
  receipt_url: string | null;
  updated_at: string | null;
  due_date: string | null;
  due_ms: number | null;
  due_sort: number | null;
  issued_ms: number | null;
  paid_ms: number | null;
  total_major: number;
  attention_group: number;
  attention_key: number;
  content_hash: string;
  row_hash: string;
}

export interface LineItemRow {
  invoice_id: string;
  position: number;
  description: string;
  quantity: number | null;
  unit_amount: number | null;
  amount: number;
  period_start: string | null;
  period_end: string | null;
}

/** Sorts after every real date (ms): "no date" goes last. */
const NO_DATE = 8_640_000_000_000_000;

function ms(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Date.parse(isDateOnly(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed) ? null : parsed;
}

/**
 * "Needs attention first": 0 = money still owed on an invoice, by due date (so overdue comes first,
 * then what falls due next, then no due date); 1 = drafts and what we cannot classify; 2 = settled or
 * not payable (paid, void, credits, refunds), most recently due first. Time-independent, so one index
 * serves the default order at any size.
 */
export function attentionOf(invoice: Pick<Invoice, 'status' | 'kind' | 'dueAt'>): { group: number; key: number } {
  const due = ms(invoice.dueAt);
  if (invoice.kind === 'invoice' && isUnpaid(invoice.status)) return { group: 0, key: due ?? NO_DATE };
  if (invoice.status === 'draft' || (invoice.status as string) === 'unknown') return { group: 1, key: due ?? NO_DATE };
  return { group: 2, key: due === null ? NO_DATE : -due };
}

export function toRow(invoice: Invoice, knownRowHash?: string): InvoiceRow {
  const dateOnly = invoice.dueAt !== null && isDateOnly(invoice.dueAt);
  const dueMs = ms(invoice.dueAt);
  const attention = attentionOf(invoice);
  return {
    id: invoice.id,
    account_id: invoice.accountId,
    provider: invoice.provider,
    provider_invoice_id: invoice.providerInvoiceId,
    number: invoice.number,
    status: invoice.status,
    raw_status: invoice.rawStatus,
    kind: invoice.kind,
    currency: invoice.currency,
    total: invoice.total,
    amount_due: invoice.amountDue,
    amount_paid: invoice.amountPaid,
    issued_at: invoice.issuedAt,
    due_at: invoice.dueAt,
    paid_at: invoice.paidAt,
    period_start: invoice.periodStart,
    period_end: invoice.periodEnd,
    description: invoice.description,
    pay_url: invoice.payUrl,
    pdf_url: invoice.pdfUrl,
    receipt_url: invoice.receiptUrl,
    updated_at: invoice.updatedAt,
    due_date: dateOnly ? invoice.dueAt : null,
    due_ms: dateOnly ? null : dueMs,
    due_sort: dueMs,
    issued_ms: ms(invoice.issuedAt),
    paid_ms: ms(invoice.paidAt),
    total_major: invoice.total / 10 ** minorUnitDigits(invoice.currency),
    attention_group: attention.group,
    attention_key: attention.key,
    content_hash: invoiceFingerprint(invoice),
    row_hash: knownRowHash ?? invoiceRowHash(invoice),
  };
}

export function toLineItemRows(invoice: Invoice): LineItemRow[] {
  return invoice.lineItems.map((item, position) => ({
    invoice_id: invoice.id,
    position,
    description: item.description,
    quantity: item.quantity,
    unit_amount: item.unitAmount,
    amount: item.amount,
    period_start: item.periodStart,
    period_end: item.periodEnd,
  }));
}

export function fromLineItemRow(row: LineItemRow): LineItem {
  return {
    description: row.description,
    quantity: row.quantity,
    unitAmount: row.unit_amount,
    amount: row.amount,
    periodStart: row.period_start,
    periodEnd: row.period_end,
  };
}

/** The invoice as the provider gave it (stored status; the clock's open/overdue is applied by readers). */
export function fromRow(row: InvoiceRow, lineItems: LineItem[]): Invoice {
  return {
    id: row.id,
    accountId: row.account_id,
    provider: row.provider as ProviderId,
    providerInvoiceId: row.provider_invoice_id,
    number: row.number,
    status: row.status as InvoiceStatus,
    rawStatus: row.raw_status,
    kind: row.kind as InvoiceKind,
    currency: row.currency,
    total: row.total,
    amountDue: row.amount_due,
    amountPaid: row.amount_paid,
    issuedAt: row.issued_at,
    dueAt: row.due_at,
    paidAt: row.paid_at,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    description: row.description,
    payUrl: row.pay_url,
    pdfUrl: row.pdf_url,
    receiptUrl: row.receipt_url,
    lineItems,
    updatedAt: row.updated_at,
  };
}
