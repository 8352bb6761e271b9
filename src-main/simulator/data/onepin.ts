/** OnePin wire records: `GET /api/v1/users/me/invoices` items. Stripe-like statuses, including drafts. */
import { rngFor } from '../prng';
import { DAY_MS, isoSeconds } from './base';
import type { BaseInvoice, NeutralStatus } from './base';
import { pdfUrl } from './model';
import type { GenContext, ProviderModel } from './model';

export type OnePinStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

export type OnePinInvoice = {
  id: string;
  number: string;
  status: OnePinStatus;
  amount_due: number;
  amount_paid: number;
  currency: string;
  period_start: string;
  period_end: string;
  created: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
};

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function build(base: BaseInvoice, ctx: GenContext): OnePinInvoice {
  const rng = rngFor(ctx.seed, 'onepin', 'wire', base.seq);
  const periodEnd = base.createdMs - rng.int(1, 3600) * 1000;
  const invoice: OnePinInvoice = {
    id: `inv_${rng.chars(16, UPPER_ALNUM)}`,
    number: `INV-${new Date(base.createdMs).getUTCFullYear()}-${String(base.seq).padStart(4, '0')}`,
    status: 'open',
    amount_due: base.amount,
    amount_paid: 0,
    currency: base.currency,
    period_start: isoSeconds(periodEnd - 30 * DAY_MS),
    period_end: isoSeconds(periodEnd),
    created: isoSeconds(base.createdMs),
    hosted_invoice_url: null,
    invoice_pdf: null,
  };
  applyStatus(invoice, base.status, ctx);
  return invoice;
}

function applyStatus(item: OnePinInvoice, status: NeutralStatus, ctx: GenContext): void {
  item.status = status;
  item.amount_paid = status === 'paid' ? item.amount_due : 0;
  const listed = status !== 'draft';
  item.hosted_invoice_url = listed ? `https://billing.onepin.example/invoices/${item.id}` : null;
  item.invoice_pdf = listed ? pdfUrl(ctx, item.id) : null;
}

export const onepinModel: ProviderModel<OnePinInvoice> = {
  provider: 'onepin',
  statuses: ['draft', 'open', 'paid', 'void', 'uncollectible'],
  currencies: ['USD', 'EUR', 'GBP', 'JPY'],
  build,
  idOf: (item) => item.id,
  createdMs: (item) => Date.parse(item.created),
  setStatus: (item, status, _atMs, ctx) => applyStatus(item, status, ctx),
  summary: (item) => ({
    provider: 'onepin',
    id: item.id,
    number: item.number,
    currency: item.currency,
    amountMinor: item.amount_due,
    status: item.status,
    createdMs: Date.parse(item.created),
  }),
};
