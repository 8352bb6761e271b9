/**
 * Commet wire records: `GET /api/v1/invoices` items (the full "legacy" shape; the route drops fields for
 * the newer list shape). Line items sum to `subtotal`; total = subtotal - discountAmount - creditApplied
 * + taxAmount.
 */
import { rngFor } from '../prng';
import type { Rng } from '../prng';
import { DAY_MS, isoSeconds, splitAmount } from './base';
import type { BaseInvoice, NeutralStatus } from './base';
import type { GenContext, ProviderModel } from './model';

export type CommetStatus = 'draft' | 'outstanding' | 'paid' | 'void' | 'uncollectible';

export type CommetLineItem = {
  lineType: string;
  featureName: string | null;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  includedAmount: number | null;
  usedAmount: number | null;
  overageAmount: number | null;
  discountType: string | null;
  discountValue: number | null;
  discountName: string | null;
  chargeType: string;
};

export type CommetInvoice = {
  id: string;
  customerId: string;
  subscriptionId: string | null;
  invoiceNumber: string;
  status: CommetStatus;
  invoiceType: string;
  currency: string;
  subtotal: number;
  discountAmount: number;
  creditApplied: number;
  taxAmount: number;
  total: number;
  periodStart: string;
  periodEnd: string;
  issueDate: string | null;
  dueDate: string | null;
  planName: string | null;
  memo: string | null;
  poNumber: string | null;
  reference: string | null;
  metadata: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  lineItems: CommetLineItem[];
  object: 'invoice';
  livemode: boolean;
};

interface Customer {
  customerId: string;
  subscriptionId: string;
  planName: string;
}

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PLANS = ['Starter', 'Growth', 'Scale', 'Enterprise'];
const NO_SUBSCRIPTION = new Set(['credit_purchase', 'balance_topup', 'one_time_payment']);

/** The tenant's customers (1-3), each with one subscription: derived from the seed alone. */
export function commetCustomers(seed: number): Customer[] {
  const rng = rngFor(seed, 'commet', 'customers');
  const count = rng.int(1, 3);
  const out: Customer[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push({ customerId: `cus_${rng.chars(14, LOWER_ALNUM)}`, subscriptionId: `sub_${rng.chars(14, LOWER_ALNUM)}`, planName: rng.pick(PLANS) });
  }
  return out;
}

function line(lineType: string, description: string, amount: number, extra: Partial<CommetLineItem> = {}): CommetLineItem {
  return {
    lineType, featureName: null, description, quantity: 1, unitAmount: amount, amount,
    includedAmount: null, usedAmount: null, overageAmount: null,
    discountType: null, discountValue: null, discountName: null, chargeType: 'standard', ...extra,
  };
}

function lineItems(rng: Rng, subtotal: number, invoiceType: string, planName: string): CommetLineItem[] {
  if (NO_SUBSCRIPTION.has(invoiceType)) return [line('one_time', invoiceType === 'one_time_payment' ? 'One-time payment' : 'Credit purchase', subtotal)];
  return splitAmount(rng, subtotal).map((amount, i) => {
    if (i === 0) return line('plan_base', `${planName} plan`, amount);
    if (i === 1) {
      const included = rng.pick([1000, 10_000, 100_000]);
      const overage = rng.int(1, included);
      return line('usage', 'API calls overage', amount, { featureName: 'api_calls', includedAmount: included, usedAmount: included + overage, overageAmount: overage });
    }
    return line('seat', 'Additional seats', amount, { featureName: 'seats' });
  });
}

function build(base: BaseInvoice, ctx: GenContext): CommetInvoice {
  const rng = rngFor(ctx.seed, 'commet', 'wire', base.seq);
  const customer = rng.pick(commetCustomers(ctx.seed));
  const invoiceType = rng.weighted([
    ['recurring', 60], ['overage', 15], ['plan_change', 5], ['adjustment', 4], ['credit_purchase', 5],
    ['balance_topup', 4], ['addon_activation', 3], ['one_time_payment', 3], ['reactivation', 1],
  ] as const);
  const net = rng.chance(0.2) ? Math.round(base.amount / 1.2) : base.amount;
  const taxAmount = base.amount - net;
  const discountAmount = rng.chance(0.06) ? Math.max(1, Math.round(net * 0.1)) : 0;
  const creditApplied = rng.chance(0.03) ? Math.max(1, Math.round(net * 0.25)) : 0;
  const subtotal = net + discountAmount + creditApplied;
  const periodStart = base.createdMs - 30 * DAY_MS;
  const hasSub = !NO_SUBSCRIPTION.has(invoiceType);
  const invoice: CommetInvoice = {
    id: `inv_${rng.chars(24, LOWER_ALNUM)}`,
    customerId: customer.customerId,
    subscriptionId: hasSub ? customer.subscriptionId : null,
    invoiceNumber: `INV-${String(base.seq).padStart(6, '0')}`,
    status: 'outstanding',
    invoiceType,
    currency: base.currency,
    subtotal, discountAmount, creditApplied, taxAmount,
    total: base.amount,
    periodStart: isoSeconds(periodStart),
    periodEnd: isoSeconds(base.createdMs),
    issueDate: isoSeconds(base.createdMs),
    dueDate: isoSeconds(base.dueMs),
    planName: hasSub ? customer.planName : null,
    memo: rng.chance(0.2) ? 'Thank you for your business.' : null,
    poNumber: rng.chance(0.15) ? `PO-${rng.int(1000, 99_999)}` : null,
    reference: rng.chance(0.1) ? `REF-${rng.chars(8, LOWER_ALNUM).toUpperCase()}` : null,
    metadata: {},
    createdAt: isoSeconds(base.createdMs),
    updatedAt: isoSeconds(base.createdMs),
    lineItems: lineItems(rng, subtotal, invoiceType, customer.planName),
    object: 'invoice',
    livemode: true,
  };
  applyStatus(invoice, base.status, base.paidMs ?? base.voidedMs ?? base.createdMs);
  return invoice;
}

function applyStatus(item: CommetInvoice, status: NeutralStatus, atMs: number): void {
  item.status = status === 'open' ? 'outstanding' : status;
  item.updatedAt = isoSeconds(Math.max(atMs, Date.parse(item.createdAt)));
  if (status === 'draft') item.issueDate = null;
  else item.issueDate ??= item.createdAt;
}

export const commetModel: ProviderModel<CommetInvoice> = {
  provider: 'commet',
  statuses: ['draft', 'open', 'paid', 'void', 'uncollectible'],
  currencies: ['USD', 'EUR', 'GBP', 'JPY'],
  build,
  idOf: (item) => item.id,
  createdMs: (item) => Date.parse(item.createdAt),
  setStatus: (item, status, atMs) => applyStatus(item, status, atMs),
  summary: (item) => ({
    provider: 'commet',
    id: item.id,
    number: item.invoiceNumber,
    currency: item.currency,
    amountMinor: item.total,
    status: item.status,
    createdMs: Date.parse(item.createdAt),
  }),
};
