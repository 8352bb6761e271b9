import type { Account, Invoice } from '../../../src-shared/domain';
import type { WorkspaceStore } from './types';

export const T0 = '2026-06-15T12:00:00.000Z';

export function account(id: string, overrides: Partial<Account> = {}): Account {
  return { id, provider: 'commet', label: `Account ${id}`, baseUrl: null, createdAt: T0, demo: false, ...overrides };
}

/** An open USD bill of `accountId` due on a calendar date. */
export function bill(accountId: string, n: number, overrides: Partial<Invoice> = {}): Invoice {
  const providerInvoiceId = `in_${n}`;
  return {
    id: `${accountId}:${providerInvoiceId}`,
    accountId,
    provider: 'commet',
    providerInvoiceId,
    number: `INV-${accountId}-${n}`,
    status: 'open',
    rawStatus: 'outstanding',
    kind: 'invoice',
    currency: 'USD',
    total: 1000 + n,
    amountDue: 1000 + n,
    amountPaid: 0,
    issuedAt: '2026-06-01T09:00:00.000Z',
    dueAt: '2026-06-20',
    paidAt: null,
    periodStart: null,
    periodEnd: null,
    description: `Usage ${n}`,
    payUrl: `https://pay.example.com/${n}`,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: [{ description: `Compute hours ${n}`, quantity: 2, unitAmount: 500, amount: 1000, periodStart: null, periodEnd: null }],
    updatedAt: null,
    ...overrides,
  };
}

/** Saves a complete sync of `invoices` for the account; returns what the store said. */
export function syncAll(store: WorkspaceStore, accountId: string, invoices: readonly Invoice[], at = T0) {
  return store.invoices.commitSync({ accountId, fetchStartedAt: at, finishedAt: at, invoices, complete: true, warnings: [] });
}

/** The user's calendar in tests: UTC days. */
export function utc(today: string, paidMarksSince?: string) {
  return {
    today,
    startOf: (day: string) => Date.parse(`${day}T00:00:00Z`),
    dayOf: (ms: number) => new Date(ms).toISOString().slice(0, 10),
    ...(paidMarksSince ? { paidMarksSince } : {}),
  };
}
