/** A small workspace for export tests: four currencies (JPY whole, BHD three decimals), a mark, hostile text. */
import { EMPTY_FILTER, type Account, type Invoice } from '../../../src-shared/domain';
import { invoiceFixture } from '../../services/test-support';
import type { SqliteWorkspaceStore } from '../store/sqlite-store';
import { seededStore } from '../testing/seeded-store';

export const EXPORT_NOW = Date.parse('2026-06-15T12:00:00.000Z');

export const EXPORT_ACCOUNTS: Account[] = [{ id: 'acc1', provider: 'gpuoutlet', label: 'Acme GPUs', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false }];

export function exportInvoices(): Invoice[] {
  return [
    invoiceFixture('acc1', 1, { number: 'USD-1', currency: 'USD', total: 1999, amountDue: 1999, dueAt: '2026-06-01', description: '=HYPERLINK("http://evil.example","click")' }),
    invoiceFixture('acc1', 2, { number: 'JPY-2', currency: 'JPY', total: 5000, amountDue: 5000, dueAt: '2026-06-20', description: 'Yen, "whole"' }),
    invoiceFixture('acc1', 3, { number: 'BHD-3', currency: 'BHD', total: 1250, amountDue: 1250, dueAt: null, description: '@SUM(A1)' }),
    invoiceFixture('acc1', 4, {
      number: 'EUR-4',
      currency: 'EUR',
      status: 'paid',
      total: 10050,
      amountDue: 0,
      amountPaid: 10050,
      dueAt: '2026-05-01T22:30:00.000Z',
      paidAt: '2026-05-02T23:30:00.000Z',
      description: null,
    }),
    invoiceFixture('acc1', 5, { number: 'USD-5', currency: 'USD', total: 7, amountDue: 7, dueAt: '2026-03-01', kind: 'invoice', description: '-2+3' }),
  ];
}

/** The workspace, with "I paid this" on USD-5. */
export function exportStore(): SqliteWorkspaceStore {
  const store = seededStore(EXPORT_ACCOUNTS, exportInvoices(), EXPORT_NOW);
  store.userData.updateMark('acc1:in_5', 'acc1', { markedPaidAt: '2026-06-10T09:00:00.000Z', markedPaidBy: 'ann' }, { at: '2026-06-10T09:00:00.000Z', by: 'ann', action: 'marked_paid', detail: null });
  return store;
}

export const BY_DUE = { filter: EMPTY_FILTER, sort: { key: 'due', dir: 'asc' } } as const;
