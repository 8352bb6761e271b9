import type { AccountView, CommandArgs, ConnectionTestResult } from '../../src-shared/contract';
import { addDays, dayOf } from '../../src-shared/domain/dates';
import type { Invoice, InvoiceStatus, LineItem } from '../../src-shared/domain/invoice';
import type { ProviderId } from '../../src-shared/domain/provider';

const DAY = 86_400_000;

export function makeAccount(partial: Partial<AccountView> & { id: string; provider: ProviderId }): AccountView {
  return {
    label: partial.id,
    baseUrl: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    demo: false,
    ...partial,
    sync: partial.sync ?? { accountId: partial.id, phase: 'idle', progress: null, lastSyncedAt: null, lastError: null, warnings: [] },
  };
}

/** An invoice with plausible defaults; tests override what they assert on. */
export function makeInvoice(partial: Partial<Invoice> & { accountId: string; providerInvoiceId: string }): Invoice {
  const total = partial.total ?? 10_000;
  const status = partial.status ?? 'open';
  const paid = status === 'paid';
  return {
    id: `${partial.accountId}:${partial.providerInvoiceId}`,
    provider: 'gpuoutlet',
    number: partial.providerInvoiceId.toUpperCase(),
    status,
    rawStatus: status,
    kind: 'invoice',
    currency: 'USD',
    total,
    amountDue: paid || status === 'void' ? 0 : total,
    amountPaid: paid ? total : 0,
    issuedAt: '2026-03-01T10:00:00.000Z',
    dueAt: '2026-03-31',
    paidAt: null,
    periodStart: null,
    periodEnd: null,
    description: null,
    payUrl: paid ? null : `https://pay.example.com/${partial.providerInvoiceId}`,
    pdfUrl: `https://files.example.com/${partial.providerInvoiceId}.pdf`,
    receiptUrl: paid ? `https://receipts.example.com/${partial.providerInvoiceId}` : null,
    lineItems: [],
    updatedAt: null,
    ...partial,
  };
}

interface SeedAccount {
  id: string;
  provider: ProviderId;
  label: string;
  baseUrl: string | null;
  currencies: string[];
  prefix: string;
  services: string[];
}

const SEED_ACCOUNTS: SeedAccount[] = [
  { id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster', baseUrl: null, currencies: ['USD'], prefix: 'GO-', services: ['H100 on-demand hours', 'A100 spot hours', 'Persistent storage'] },
  { id: 'acc_vast', provider: 'vastai', label: 'Training fleet', baseUrl: null, currencies: ['USD'], prefix: 'VAST-', services: ['RTX 4090 rental', 'Bandwidth egress', 'Disk storage'] },
  { id: 'acc_opt', provider: 'opterius', label: 'Hosting EU', baseUrl: 'https://portal.nordhost.example', currencies: ['EUR'], prefix: 'INV-', services: ['Dedicated server DE-FRA-3', 'Managed backups', 'IPv4 block /29'] },
  { id: 'acc_onepin', provider: 'onepin', label: 'Tokyo inference', baseUrl: null, currencies: ['JPY'], prefix: 'OP-', services: ['Inference endpoint', 'Token usage', 'Support plan'] },
  { id: 'acc_commet', provider: 'commet', label: 'UK subscriptions', baseUrl: null, currencies: ['GBP', 'EUR'], prefix: 'CM-', services: ['Pro seats', 'Usage overage', 'Priority support'] },
];

const STATUS_CYCLE: InvoiceStatus[] = ['open', 'paid', 'open', 'paid', 'open', 'void', 'paid', 'open', 'draft', 'paid', 'uncollectible', 'open'];
const DUE_OFFSETS = [-95, -62, -45, -31, -12, -3, 0, 2, 5, 9, 21, 40];
const AMOUNTS = [12_950, 4_200, 189_000, 7_735, 56_020, 1_999, 310_450, 23_800, 880, 64_300, 15_000, 99_999];

/** Five accounts (one per provider) and a dozen invoices each: every status, four currencies, due dates around `nowMs`. */
export function seedWorkspace(nowMs: number, demo = false): { accounts: AccountView[]; invoices: Invoice[] } {
  const today = dayOf(nowMs);
  const accounts: AccountView[] = [];
  const invoices: Invoice[] = [];
  SEED_ACCOUNTS.forEach((seed, a) => {
    const syncedAt = new Date(nowMs - (a + 1) * 3_600_000).toISOString();
    accounts.push(
      makeAccount({
        id: seed.id,
        provider: seed.provider,
        label: seed.label,
        baseUrl: seed.baseUrl,
        demo,
        sync: { accountId: seed.id, phase: 'ok', progress: null, lastSyncedAt: syncedAt, lastError: null, warnings: [] },
      }),
    );
    STATUS_CYCLE.forEach((status, i) => {
      const currency = seed.currencies[i % seed.currencies.length] ?? 'USD';
      const dueDay = addDays(today, DUE_OFFSETS[(i + a) % DUE_OFFSETS.length] ?? 0);
      const issuedMs = Date.parse(`${dueDay}T08:00:00Z`) - 30 * DAY;
      // JPY has no minor unit: keep yen amounts in whole yen.
      const base = AMOUNTS[(i * 7 + a) % AMOUNTS.length] ?? 1000;
      const total = currency === 'JPY' ? base * 3 : base;
      const lineItems: LineItem[] = seed.services.map((description, k) => {
        const amount = k === 0 ? total - Math.floor(total / 4) : k === 1 ? Math.floor(total / 4) : 0;
        return { description, quantity: k === 2 ? null : k + 1, unitAmount: null, amount, periodStart: null, periodEnd: null };
      });
      const number = `${seed.prefix}${String(1000 + i * 3 + a).padStart(5, '0')}`;
      const paid = status === 'paid';
      const noPay = seed.provider === 'gpuoutlet' && i % 4 === 0;
      invoices.push(
        makeInvoice({
          accountId: seed.id,
          provider: seed.provider,
          providerInvoiceId: `${seed.id}-${i}`,
          number,
          status: status === 'open' && dueDay < today ? 'overdue' : status,
          rawStatus: status,
          currency,
          total,
          amountDue: paid || status === 'void' || status === 'draft' ? 0 : total,
          amountPaid: paid ? total : 0,
          issuedAt: new Date(issuedMs).toISOString(),
          dueAt: dueDay,
          paidAt: paid ? new Date(issuedMs + 20 * DAY).toISOString() : null,
          description: `${seed.label} — ${seed.services[0] ?? 'services'}`,
          payUrl: paid || noPay ? null : `https://pay.example.com/${seed.id}/${i}`,
          receiptUrl: paid ? `https://receipts.example.com/${seed.id}/${i}` : null,
          pdfUrl: `https://files.example.com/${seed.id}/${i}.pdf`,
          lineItems,
        }),
      );
    });
  });
  return { accounts, invoices };
}

/** The fake's answer to 'accounts:test': a secret starting with "bad" is refused; Opterius needs its address. */
export function defaultTest(args: CommandArgs<'accounts:test'>): ConnectionTestResult {
  if ('secret' in args && args.secret.startsWith('bad')) {
    return {
      ok: false,
      invoicesSeen: 0,
      error: { kind: 'auth', message: 'The provider refused this credential.', action: 'reenter_credential' },
    };
  }
  if ('provider' in args && args.provider === 'opterius' && !args.baseUrl) {
    return { ok: false, invoicesSeen: 0, error: { kind: 'config', message: 'Opterius needs the portal address.', action: 'check_base_url' } };
  }
  return { ok: true, error: null, invoicesSeen: 3 };
}
