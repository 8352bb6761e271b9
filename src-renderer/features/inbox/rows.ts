import { calendarDay } from '../../../src-shared/domain/dates';
import { deriveStatus, type Invoice, type InvoiceStatus } from '../../../src-shared/domain/invoice';
import { providerName } from '../../../src-shared/domain/provider';
import { toMajor } from '../../format/money';

/**
 * An invoice with everything the inbox filters and sorts on computed once (when invoices or account
 * labels change), never per keystroke: the lowercased search haystack, calendar days and sort keys.
 */
export interface InboxRow {
  invoice: Invoice;
  /** Status derived against the renderer's clock (open -> overdue once past due). */
  status: InvoiceStatus;
  accountLabel: string;
  providerName: string;
  /** Lowercased text searched by the search box: number, description, line items, account label. */
  haystack: string;
  dueDay: string | null;
  paidDay: string | null;
  /** Sort keys. */
  dueKey: number;
  issuedKey: number;
  totalMajor: number;
}

function dayKey(day: string | null): number {
  return day === null ? Number.NaN : Date.parse(`${day}T00:00:00Z`);
}

export function toRow(invoice: Invoice, accountLabel: string, nowMs: number): InboxRow {
  const name = providerName(invoice.provider);
  const parts = [invoice.number ?? '', invoice.providerInvoiceId, invoice.description ?? '', accountLabel, name];
  for (const item of invoice.lineItems) parts.push(item.description);
  const dueDay = invoice.dueAt === null ? null : calendarDay(invoice.dueAt);
  return {
    invoice,
    status: deriveStatus(invoice.status, invoice.dueAt, nowMs),
    accountLabel,
    providerName: name,
    haystack: parts.join('\n').toLowerCase(),
    dueDay,
    paidDay: invoice.paidAt === null ? null : calendarDay(invoice.paidAt),
    dueKey: dayKey(dueDay),
    issuedKey: invoice.issuedAt === null ? Number.NaN : Date.parse(invoice.issuedAt),
    totalMajor: toMajor(invoice.total, invoice.currency),
  };
}

export function indexInvoices(invoices: readonly Invoice[], labels: ReadonlyMap<string, string>, nowMs: number): InboxRow[] {
  const rows = new Array<InboxRow>(invoices.length);
  for (let i = 0; i < invoices.length; i += 1) {
    const invoice = invoices[i] as Invoice;
    rows[i] = toRow(invoice, labels.get(invoice.accountId) ?? invoice.accountId, nowMs);
  }
  return rows;
}
