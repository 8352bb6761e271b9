/** A workspace in memory holding exactly the given accounts and invoices (test doubles answer from it). */
import type { Account, Invoice } from '../../../src-shared/domain';
import type { QueryCalendar } from '../store/inbox-sql';
import { openMemoryStore, openSqliteStore, type SqliteWorkspaceStore } from '../store/sqlite-store';
import type { WorkspaceStore } from '../store/types';

/** The user's calendar in tests: UTC days of the given clock reading. */
export function utcCalendar(nowMs: number): QueryCalendar {
  return { today: new Date(nowMs).toISOString().slice(0, 10), startOf: (day) => Date.parse(`${day}T00:00:00Z`), dayOf: (ms) => new Date(ms).toISOString().slice(0, 10) };
}

/** Accounts first (an invoice of an unknown account gets a plain one), then each account's invoices as one sync. */
export function seededStore(accounts: readonly Account[], invoices: readonly Invoice[], nowMs: number): SqliteWorkspaceStore {
  const store = openMemoryStore();
  seed(store, accounts, invoices, nowMs);
  return store;
}

/** A data dir whose workspace holds exactly these accounts and invoices (for the CLI and hosts in tests). */
export function seedDataDir(dataDir: string, accounts: readonly Account[], invoices: readonly Invoice[], nowMs: number): void {
  const store = openSqliteStore(dataDir);
  try {
    seed(store, accounts, invoices, nowMs);
  } finally {
    store.close();
  }
}

function seed(store: WorkspaceStore, accounts: readonly Account[], invoices: readonly Invoice[], nowMs: number): void {
  const known = new Set<string>();
  const insert = (account: Account): void => {
    store.accounts.insert({ id: account.id, provider: account.provider, label: account.label, baseUrl: account.baseUrl, createdAt: account.createdAt, demo: account.demo });
    known.add(account.id);
  };
  for (const account of accounts) insert(account);
  const byAccount = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (!known.has(invoice.accountId)) {
      insert({ id: invoice.accountId, provider: invoice.provider, label: invoice.accountId, baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false });
    }
    byAccount.set(invoice.accountId, [...(byAccount.get(invoice.accountId) ?? []), invoice]);
  }
  const at = new Date(nowMs).toISOString();
  for (const [accountId, list] of byAccount) store.invoices.commitSync({ accountId, fetchStartedAt: at, finishedAt: at, invoices: list, complete: true, warnings: [] });
}
