/** Opterius wire records: `GET /api/v1/invoices` items. Integer ids, calendar due dates, tax split out. */
import { rngFor } from '../prng';
import { isoDay, isoSeconds } from './base';
import type { BaseInvoice, NeutralStatus } from './base';
import { unsupported } from './model';
import type { GenContext, ProviderModel } from './model';

export type OpteriusStatus = 'unpaid' | 'paid' | 'overdue' | 'cancelled';

export type OpteriusInvoice = {
  id: number;
  invoice_number: string;
  status: OpteriusStatus;
  subtotal: number;
  tax_amount: number;
  total: number;
  amount_due: number;
  currency_code: string;
  due_date: string;
  paid_at: string | null;
  created_at: string;
};

/** unpaid, or overdue once the due date (a calendar day) is before today (UTC). */
function unpaidOrOverdue(dueDate: string, nowMs: number): OpteriusStatus {
  return dueDate < isoDay(nowMs) ? 'overdue' : 'unpaid';
}

function build(base: BaseInvoice, ctx: GenContext): OpteriusInvoice {
  const rng = rngFor(ctx.seed, 'opterius', 'wire', base.seq);
  const rate = rng.pick([0, 0, 0.1, 0.2]);
  const subtotal = Math.round(base.amount / (1 + rate));
  const invoice: OpteriusInvoice = {
    id: base.seq,
    invoice_number: `INV-${String(base.seq).padStart(4, '0')}`,
    status: 'unpaid',
    subtotal,
    tax_amount: base.amount - subtotal,
    total: base.amount,
    amount_due: base.amount,
    currency_code: base.currency,
    due_date: isoDay(base.dueMs),
    paid_at: null,
    created_at: isoSeconds(base.createdMs),
  };
  applyStatus(invoice, base.status, base.paidMs ?? base.createdMs, ctx.nowMs);
  return invoice;
}

function applyStatus(item: OpteriusInvoice, status: NeutralStatus, atMs: number, nowMs: number): void {
  if (status === 'draft') throw unsupported('opterius', status);
  if (status === 'open') {
    item.status = unpaidOrOverdue(item.due_date, nowMs);
    item.amount_due = item.total;
    item.paid_at = null;
  } else if (status === 'paid') {
    item.status = 'paid';
    item.amount_due = 0;
    item.paid_at = isoSeconds(atMs);
  } else {
    item.status = 'cancelled';
    item.amount_due = 0;
    item.paid_at = null;
  }
}

export const opteriusModel: ProviderModel<OpteriusInvoice> = {
  provider: 'opterius',
  statuses: ['open', 'paid', 'void'],
  currencies: ['USD', 'EUR', 'GBP', 'JPY'],
  build,
  idOf: (item) => String(item.id),
  createdMs: (item) => Date.parse(item.created_at),
  setStatus: (item, status, atMs, ctx) => applyStatus(item, status, atMs, ctx.nowMs),
  summary: (item) => ({
    provider: 'opterius',
    id: String(item.id),
    number: item.invoice_number,
    currency: item.currency_code,
    amountMinor: item.total,
    status: item.status,
    createdMs: Date.parse(item.created_at),
  }),
};
