import { useMemo } from 'react';
import type { AccountView } from '../../src-shared/contract';
import type { AccountSyncState, SyncErrorKind } from '../../src-shared/domain/sync';
import { formatDataAge } from '../format/dates';
import { allNetworkFailed } from '../stores/sync';
import { useAccounts, useAppState, useSync } from './context';

/** The headline per kind of failure ("key rejected"); the provider's full sentence follows it. */
export const PROBLEM_WORDS: Record<SyncErrorKind, string> = {
  auth: 'credential rejected',
  rate_limited: 'asked to slow down',
  network: 'cannot be reached',
  server: 'provider error',
  bad_response: 'unreadable answer',
  config: 'address not recognised',
  cancelled: 'sync cancelled',
  storage: 'cannot save on this computer',
};

export interface Problem {
  account: AccountView;
  state: AccountSyncState;
}

/**
 * Accounts whose last sync failed: the live sync state first, else what the account list said. A
 * cancelled sync is no failure; offline, network failures are the offline banner's to tell.
 */
export function failingAccounts(accounts: readonly AccountView[], byAccount: Readonly<Record<string, AccountSyncState>>, offline: boolean): Problem[] {
  const problems: Problem[] = [];
  for (const account of accounts) {
    const state = byAccount[account.id] ?? account.sync;
    const error = state.lastError;
    if (state.phase !== 'error' || !error || error.kind === 'cancelled' || (offline && error.kind === 'network')) continue;
    problems.push({ account, state });
  }
  return problems;
}

/** The failing accounts from the stores; the same array until accounts, sync states or the network change. */
export function useFailingAccounts(): Problem[] {
  const accounts = useAccounts((s) => s.accounts);
  const byAccount = useSync((s) => s.byAccount);
  const online = useAppState((s) => s.online);
  const everyNetworkFailed = useSync((s) => allNetworkFailed(s.lastResults));
  const offline = !online || everyNetworkFailed;
  return useMemo(() => failingAccounts(accounts, byAccount, offline), [accounts, byAccount, offline]);
}

/** "UK subscriptions: credential rejected — these rows are from Nov 28" (the stale marker's words). */
export function staleRowsText({ account, state }: Problem, nowMs: number): string {
  const kind = state.lastError?.kind;
  const what = kind ? PROBLEM_WORDS[kind] : 'cannot sync';
  const since = state.lastSyncedAt ? `these rows are from ${formatDataAge(state.lastSyncedAt, nowMs)}` : 'these rows are from before its sync failed';
  return `${account.label}: ${what} — ${since}`;
}
