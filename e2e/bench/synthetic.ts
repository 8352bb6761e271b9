/**
 * A long-used workspace for the benchmarks: several accounts of every provider, years of invoices
 * (most old ones paid, a few void or uncollectible, recent ones open, overdue or due soon), mixed
 * currencies, credits, refunds and top-ups, line items, pay and PDF links. Deterministic for a given
 * size and clock, so both sides of a ratio see the same kind of data.
 */
import { PROVIDER_IDS, PROVIDERS, type Account, type Invoice, type InvoiceKind, type InvoiceStatus, type LineItem, type ProviderId } from '../../src-shared/domain';
import { seedDataDir } from '../../src-main/core/testing/seeded-store';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Two accounts per provider ("ops" and "research"), as a finance team paying for two teams would have. */
export const TEAMS = ['ops', 'research'] as const;
/**
 * A closed loopback port: the host's reachability probe finds the providers offline, so no background
 * sync starts and the benchmark measures the inbox, not the network.
 */
export const OFFLINE_BASE_URL = 'http://127.0.0.1:9';

const CURRENCIES: Record<ProviderId, readonly string[]> = {
  gpuoutlet: ['USD'],
  vastai: ['USD'],
  opterius: ['EUR', 'EUR', 'GBP', 'USD'],
  onepin: ['USD', 'EUR', 'GBP', 'JPY'],
  commet: ['USD', 'USD', 'EUR', 'JPY'],
};
const PRODUCTS = ['GPU hours (A100)', 'Dedicated server', 'Object storage', 'Bandwidth', 'Support plan', 'Managed database', 'Inference API calls', 'Backup snapshots', 'Load balancer', 'Static IPv4'];
const PROJECTS = ['atlas', 'borealis', 'cobalt', 'delta', 'ember', 'fjord', 'granite', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen'];

export function syntheticAccounts(): Account[] {
  return PROVIDER_IDS.flatMap((provider, p) =>
    TEAMS.map((team, t) => ({
      id: `acct_${provider.slice(0, 4)}${team.slice(0, 3)}${p}${t}`.padEnd(17, '0'),
      provider,
      label: `${PROVIDERS[provider].name} (${team})`,
      baseUrl: OFFLINE_BASE_URL,
      createdAt: '2021-01-04T09:00:00.000Z',
      demo: false,
    })),
  );
}

/** A small deterministic hash of (account, index): spreads statuses, amounts and kinds without Math.random. */
function mix(seed: string, i: number): number {
  let h = 2166136261 ^ i;
  for (let c = 0; c < seed.length; c++) h = Math.imul(h ^ seed.charCodeAt(c), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  return (h ^ (h >>> 13)) >>> 0;
}

function kindOf(provider: ProviderId, r: number): InvoiceKind {
  if (provider === 'vastai') return r % 10 === 0 ? 'credit_note' : r % 10 === 1 ? 'prepayment' : 'invoice';
  if (r % 53 === 0) return 'refund';
  if (r % 31 === 0) return 'credit_note';
  return 'invoice';
}

/** Old invoices are almost all settled; the last 60 days mix open, overdue, paid and the odd draft. */
function statusOf(ageDays: number, kind: InvoiceKind, r: number): InvoiceStatus {
  if (kind !== 'invoice') return 'paid';
  if (ageDays > 60) return r % 100 < 93 ? 'paid' : r % 100 < 97 ? 'void' : 'uncollectible';
  if (ageDays < 2 && r % 7 === 0) return 'draft';
  return r % 10 < 5 ? 'open' : 'paid';
}

const RAW_STATUS: Record<InvoiceStatus, string> = { draft: 'draft', open: 'outstanding', overdue: 'overdue', paid: 'paid', void: 'void', uncollectible: 'uncollectible', unknown: 'unknown' };

/**
 * Invoice `i` of an account (0 = newest): about `spacingHours` apart going back from `nowMs`, with 1-3
 * line items summing to the total.
 */
export function syntheticInvoice(account: Pick<Account, 'id' | 'provider'>, i: number, nowMs: number, spacingHours = 18): Invoice {
  const r = mix(account.id, i);
  const provider = account.provider;
  const currencies = CURRENCIES[provider];
  const currency = currencies[r % currencies.length] as string;
  const issuedMs = nowMs - i * spacingHours * HOUR_MS - (r % 3600) * 1000;
  const ageDays = (nowMs - issuedMs) / DAY_MS;
  const kind = kindOf(provider, r >>> 8);
  const status = statusOf(ageDays, kind, r >>> 4);
  const scale = currency === 'JPY' ? 1 : 100;
  const total = (5 + ((r >>> 3) % 4000)) * scale + (currency === 'JPY' ? 0 : r % 100);
  const issuedAt = new Date(issuedMs).toISOString();
  const dueMs = issuedMs + (14 + (r % 3) * 8) * DAY_MS;
  // Opterius and OnePin give a calendar due date; the others a moment.
  const dueAt = kind !== 'invoice' ? null : provider === 'opterius' || provider === 'onepin' ? new Date(dueMs).toISOString().slice(0, 10) : new Date(dueMs).toISOString();
  const paid = status === 'paid';
  const providerInvoiceId = provider === 'opterius' ? String(100_000 + i) : `in_${account.id.slice(5, 9)}${i.toString(36).padStart(7, '0')}`;
  const project = PROJECTS[(r >>> 5) % PROJECTS.length] as string;
  const lineCount = 1 + ((r >>> 7) % 3);
  const lineItems: LineItem[] = [];
  let left = total;
  for (let n = 0; n < lineCount; n++) {
    const amount = n === lineCount - 1 ? left : Math.floor(left / 2);
    left -= amount;
    const product = PRODUCTS[(r + n * 7) % PRODUCTS.length] as string;
    lineItems.push({ description: `${product} - ${project}`, quantity: 1 + n, unitAmount: Math.floor(amount / (1 + n)), amount, periodStart: issuedAt, periodEnd: new Date(issuedMs + 30 * DAY_MS).toISOString() });
  }
  return {
    id: `${account.id}:${providerInvoiceId}`,
    accountId: account.id,
    provider,
    providerInvoiceId,
    number: provider === 'vastai' ? null : `${provider.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(6, '0')}`,
    status,
    rawStatus: RAW_STATUS[status],
    kind,
    currency,
    total,
    amountDue: paid || status === 'void' ? 0 : total,
    amountPaid: paid ? total : 0,
    issuedAt,
    dueAt,
    paidAt: paid ? new Date(issuedMs + ((r >>> 9) % 20) * DAY_MS).toISOString() : null,
    periodStart: issuedAt,
    periodEnd: new Date(issuedMs + 30 * DAY_MS).toISOString(),
    description: `${PROVIDERS[provider].name} usage for project ${project}`,
    payUrl: paid ? null : `https://pay.${provider}.example/i/${providerInvoiceId}`,
    pdfUrl: status === 'draft' ? null : `https://files.${provider}.example/${providerInvoiceId}.pdf`,
    receiptUrl: paid ? `https://pay.${provider}.example/r/${providerInvoiceId}` : null,
    lineItems,
    updatedAt: issuedAt,
  };
}

/** `total` invoices spread evenly over the synthetic accounts. */
export function syntheticInvoices(accounts: readonly Account[], total: number, nowMs: number): Invoice[] {
  const out: Invoice[] = [];
  for (const [a, account] of accounts.entries()) {
    const count = Math.floor(total / accounts.length) + (a < total % accounts.length ? 1 : 0);
    for (let i = 0; i < count; i++) out.push(syntheticInvoice(account, i, nowMs));
  }
  return out;
}

/** A data dir whose workspace database holds `total` synthetic invoices (one committed sync per account). */
export function seedSyntheticDataDir(dataDir: string, total: number, nowMs: number = Date.now()): void {
  const accounts = syntheticAccounts();
  seedDataDir(dataDir, accounts, syntheticInvoices(accounts, total, nowMs), nowMs);
}
