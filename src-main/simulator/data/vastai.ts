/**
 * Vast.ai wire records: `GET /api/v1/invoices/` results. A ledger of credits, transfers, payouts,
 * refunds and reservations in FLOAT DOLLARS (at most two decimals, some negative); `end` null = unpaid.
 */
import { majorToMinor } from '../../../src-shared/domain';
import { hashSeed, rngFor } from '../prng';
import type { Rng } from '../prng';
import type { BaseInvoice } from './base';
import { unsupported } from './model';
import type { GenContext, ProviderModel } from './model';

export const VAST_SERVICES = ['transfer', 'stripe_payments', 'bitpay', 'coinbase', 'crypto.com', 'instance_prepay', 'paypal_manual', 'wise_manual'] as const;
export type VastService = (typeof VAST_SERVICES)[number];
export type VastType = 'credit' | 'transfer' | 'payout' | 'refund' | 'reserved';

export type VastMetadata = { invoice_id: number; service: string; [key: string]: string | number | null };

export type VastRecord = {
  /** Created, unix seconds (sometimes fractional). */
  start: number;
  /** Paid, unix seconds; null while unpaid. */
  end: number | null;
  type: VastType;
  source: string;
  description: string;
  /** Float dollars, at most two decimals. */
  amount: number;
  metadata: VastMetadata;
  items: Record<string, string | number>[];
};

const NETWORKS = ['visa', 'mastercard', 'amex'];

/** Dollars from cents as the double whose shortest printing has at most two decimals (1999 -> 19.99). */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

function pickType(rng: Rng): { type: VastType; service: VastService } {
  const type = rng.weighted([['credit', 70], ['transfer', 12], ['reserved', 8], ['refund', 5], ['payout', 5]] as const);
  if (type === 'transfer') return { type, service: 'transfer' };
  if (type === 'reserved') return { type, service: 'instance_prepay' };
  const service = rng.weighted([['stripe_payments', 60], ['paypal_manual', 10], ['wise_manual', 8], ['bitpay', 8], ['coinbase', 8], ['crypto.com', 6]] as const);
  return { type, service };
}

function details(rng: Rng, type: VastType, service: VastService): { source: string; description: string; extra: Record<string, string | number> } {
  if (service === 'stripe_payments') {
    const last4 = String(rng.int(0, 9999)).padStart(4, '0');
    const network = rng.pick(NETWORKS);
    const verb = type === 'refund' ? 'Refund to' : 'Manual billing from';
    return { source: 'stripe', description: `${verb} ${network.toUpperCase()} ending in ${last4}`, extra: { last4, network, transfer_group: `pi_${rng.chars(24)}` } };
  }
  if (service === 'transfer') {
    const who = `user${rng.int(100, 9999)}@vast.ai`;
    return { source: who, description: `Received credit from ${who}`, extra: { sender: rng.int(100_000, 999_999), recipient: rng.int(100_000, 999_999) } };
  }
  if (service === 'instance_prepay') {
    const instance = rng.int(1_000_000, 9_999_999);
    return { source: 'instance', description: `Prepaid reservation for instance C.${instance}`, extra: { instance_id: instance } };
  }
  const label = type === 'payout' ? 'Payout via' : type === 'refund' ? 'Refund via' : 'Credit purchase via';
  return { source: service, description: `${label} ${service}`, extra: { reference: rng.chars(12) } };
}

function build(base: BaseInvoice, ctx: GenContext): VastRecord {
  const rng = rngFor(ctx.seed, 'vastai', 'wire', base.seq);
  const { type, service } = pickType(rng);
  const { source, description, extra } = details(rng, type, service);
  const negative = type === 'payout' || type === 'reserved' || (type === 'credit' && rng.chance(0.7));
  const idBase = 1_000_000 + (hashSeed(ctx.seed, 'vastai', 'ids') % 8_000_000);
  const fractional = rng.chance(0.3) ? rng.int(1, 999) / 1000 : 0;
  return {
    start: base.createdMs / 1000 + fractional,
    end: base.status === 'paid' && base.paidMs !== null ? Math.floor(base.paidMs / 1000) : null,
    type,
    source,
    description,
    amount: centsToDollars(negative ? -base.amount : base.amount),
    metadata: { invoice_id: idBase + base.seq * 3 + rng.int(0, 2), service, ...extra },
    items: [],
  };
}

export const vastaiModel: ProviderModel<VastRecord> = {
  provider: 'vastai',
  statuses: ['open', 'paid'],
  currencies: ['USD'],
  build,
  idOf: (item) => String(item.metadata.invoice_id),
  createdMs: (item) => Math.round(item.start * 1000),
  setStatus: (item, status, atMs) => {
    if (status === 'paid') item.end = Math.floor(atMs / 1000);
    else if (status === 'open') item.end = null;
    else throw unsupported('vastai', status);
  },
  summary: (item) => ({
    provider: 'vastai',
    id: String(item.metadata.invoice_id),
    number: String(item.metadata.invoice_id),
    currency: 'USD',
    amountMinor: Math.abs(majorToMinor(item.amount, 'USD')),
    status: item.end === null ? 'unpaid' : 'paid',
    createdMs: Math.round(item.start * 1000),
  }),
};
