/** GPU Outlet wire records: `GET /v1/billing/invoices` items. USD only; drafts are never listed. */
import { rngFor } from '../prng';
import type { Rng } from '../prng';
import { isoSeconds } from './base';
import type { BaseInvoice, NeutralStatus } from './base';
import { pdfUrl } from './model';
import type { GenContext, ProviderModel } from './model';

export type GpuOutletStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

export type GpuOutletLineItem = {
  id: string;
  description: string;
  amountCents: number;
  rentalId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
};

export type GpuOutletInvoice = {
  id: string;
  status: GpuOutletStatus;
  reason: 'topup_failed' | 'overage' | 'manual';
  amountCents: number;
  currency: string;
  rentalId: string | null;
  stripeInvoiceId: string;
  hostedInvoiceUrl: string | null;
  invoicePdfUrl: string | null;
  receiptUrl: string | null;
  createdAt: string;
  dueAt: string | null;
  paidAt: string | null;
  voidedAt: string | null;
  lineItems: GpuOutletLineItem[];
};

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GPUS = ['RTX 4090', 'A100 80GB', 'H100 SXM', 'L40S', 'RTX 3090', 'A6000'];
const MANUAL = ['Enterprise contract adjustment', 'Wire transfer reconciliation', 'Refund correction', 'Reserved capacity (monthly)'];

/** A ULID-like id: 10 time characters then 16 random ones. */
function ulid(rng: Rng, ms: number): string {
  let time = '';
  let t = ms;
  for (let i = 0; i < 10; i += 1) {
    time = (CROCKFORD[t % 32] ?? '0') + time;
    t = Math.floor(t / 32);
  }
  return time + rng.chars(16, CROCKFORD);
}

function dollars(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

function lineItems(rng: Rng, base: BaseInvoice, reason: GpuOutletInvoice['reason']): GpuOutletLineItem[] {
  if (reason === 'topup_failed') {
    return [{ id: `li_${rng.chars(14)}`, description: `Auto-topup of ${dollars(base.amount)} (card declined)`, amountCents: base.amount, rentalId: null, periodStart: null, periodEnd: null }];
  }
  return base.parts.map((amount) => {
    if (reason === 'manual') {
      return { id: `li_${rng.chars(14)}`, description: rng.pick(MANUAL), amountCents: amount, rentalId: null, periodStart: null, periodEnd: null };
    }
    const hours = rng.int(2, 200);
    const end = base.createdMs - rng.int(0, 12) * 3_600_000;
    return {
      id: `li_${rng.chars(14)}`,
      description: `${rng.pick(GPUS)} rental overage (${hours} h)`,
      amountCents: amount,
      rentalId: `rnt_${rng.chars(10)}`,
      periodStart: isoSeconds(end - hours * 3_600_000),
      periodEnd: isoSeconds(end),
    };
  });
}

function build(base: BaseInvoice, ctx: GenContext): GpuOutletInvoice {
  const rng = rngFor(ctx.seed, 'gpuoutlet', 'wire', base.seq);
  const id = `inv_${ulid(rng, base.createdMs)}`;
  const reason = rng.weighted([['topup_failed', 35], ['overage', 45], ['manual', 20]] as const);
  const items = lineItems(rng, base, reason);
  const invoice: GpuOutletInvoice = {
    id,
    status: 'open',
    reason,
    amountCents: base.amount,
    currency: 'USD',
    rentalId: items.length === 1 ? (items[0]?.rentalId ?? null) : null,
    stripeInvoiceId: `in_${rng.chars(24)}`,
    hostedInvoiceUrl: `https://pay.gpuoutlet.example/i/${id}`,
    invoicePdfUrl: pdfUrl(ctx, id),
    receiptUrl: null,
    createdAt: isoSeconds(base.createdMs),
    dueAt: isoSeconds(base.dueMs),
    paidAt: null,
    voidedAt: null,
    lineItems: items,
  };
  applyStatus(invoice, base.status, base.paidMs ?? base.voidedMs ?? base.createdMs);
  return invoice;
}

function applyStatus(item: GpuOutletInvoice, status: NeutralStatus, atMs: number): void {
  item.status = status;
  item.paidAt = status === 'paid' ? isoSeconds(atMs) : null;
  item.voidedAt = status === 'void' ? isoSeconds(atMs) : null;
  item.receiptUrl = status === 'paid' ? `https://pay.gpuoutlet.example/r/${item.id}` : null;
}

export const gpuoutletModel: ProviderModel<GpuOutletInvoice> = {
  provider: 'gpuoutlet',
  statuses: ['open', 'paid', 'void', 'uncollectible'],
  currencies: ['USD'],
  build,
  idOf: (item) => item.id,
  createdMs: (item) => Date.parse(item.createdAt),
  setStatus: (item, status, atMs) => applyStatus(item, status, atMs),
  summary: (item) => ({
    provider: 'gpuoutlet',
    id: item.id,
    number: item.id,
    currency: item.currency,
    amountMinor: item.amountCents,
    status: item.status,
    createdMs: Date.parse(item.createdAt),
  }),
};
