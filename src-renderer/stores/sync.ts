import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountSyncResult, AccountSyncState, SyncProgress } from '../../src-shared/domain/sync';
import type { ApiClient } from '../api/client';
import { messageOf } from './types';

/**
 * Each account's sync state as main tells it (accounts:list, sync:status, 'sync:progress',
 * 'sync:finished'): main is the one source of sync state and times; this store never stamps a time of
 * its own. Starting a sync shows the account as syncing at once (main's progress events follow).
 */
export interface SyncState {
  byAccount: Record<string, AccountSyncState>;
  /** The results of the last finished sync run. */
  lastResults: AccountSyncResult[] | null;
  /** A sync that could not even start (offline host, keychain locked), in words (the action error). */
  actionError: string | null;
  seed(states: readonly AccountSyncState[]): void;
  onProgress(progress: SyncProgress): void;
  /** A run finished: outcome from the results at once, then main's states (last synced times) from sync:status. */
  onFinished(results: readonly AccountSyncResult[]): void;
  /** Reads main's states again (sync:status); a failure leaves what is shown. */
  refresh(): Promise<void>;
  start(accountId?: string): Promise<void>;
  cancel(accountId?: string): Promise<void>;
}

export type SyncStore = StoreApi<SyncState>;

function idle(accountId: string): AccountSyncState {
  return { accountId, phase: 'idle', progress: null, lastSyncedAt: null, lastError: null, warnings: [] };
}

export function createSyncStore(api: ApiClient): SyncStore {
  return createStore<SyncState>()((set, get) => {
    const patch = (accountId: string, change: Partial<AccountSyncState>) => {
      const current = get().byAccount[accountId] ?? idle(accountId);
      set({ byAccount: { ...get().byAccount, [accountId]: { ...current, ...change } } });
    };
    return {
      byAccount: {},
      lastResults: null,
      actionError: null,
      seed(states) {
        const byAccount: Record<string, AccountSyncState> = {};
        for (const state of states) {
          const known = get().byAccount[state.accountId];
          // Main's word wins; keep the progress we already saw when its list has none yet.
          byAccount[state.accountId] = state.phase === 'syncing' && !state.progress && known?.progress ? { ...state, progress: known.progress } : state;
        }
        set({ byAccount });
      },
      onProgress(progress) {
        patch(progress.accountId, { phase: 'syncing', progress });
      },
      onFinished(results) {
        for (const result of results) {
          const prev = get().byAccount[result.accountId];
          patch(result.accountId, {
            phase: result.ok ? 'ok' : result.error?.kind === 'cancelled' ? 'idle' : 'error',
            progress: null,
            lastError: result.ok ? null : result.error,
            // A failed sync changed nothing saved: the warnings about the saved invoices stand.
            warnings: result.ok ? result.warnings : (prev?.warnings ?? []),
          });
        }
        set({ lastResults: [...results] });
        // The sync times come with the accounts (bootstrap reloads them on sync:finished; create.ts seeds them here).
      },
      async refresh() {
        try {
          get().seed(await api.call('sync:status', {}));
        } catch {
          // What is shown stays; the next event or accounts:list brings main's word.
        }
      },
      async start(accountId) {
        const ids = accountId ? [accountId] : Object.keys(get().byAccount);
        for (const id of ids) patch(id, { phase: 'syncing', progress: { accountId: id, pagesDone: 0, invoicesSoFar: 0, total: null } });
        try {
          const { started } = await api.call('sync:start', accountId ? { accountId } : {});
          set({ actionError: null });
          // Not started: a sync was already running; show main's word for each account.
          if (!started) await get().refresh();
        } catch (error) {
          for (const id of ids) patch(id, { phase: get().byAccount[id]?.lastError ? 'error' : 'idle', progress: null });
          set({ actionError: messageOf(error) });
        }
      },
      async cancel(accountId) {
        await api.call('sync:cancel', accountId ? { accountId } : {});
        const ids = accountId ? [accountId] : Object.keys(get().byAccount);
        for (const id of ids) if (get().byAccount[id]?.phase === 'syncing') patch(id, { phase: 'idle', progress: null });
      },
    };
  });
}

/** True when the last run failed with a network error for every account (the host may not know yet). */
export function allNetworkFailed(results: readonly AccountSyncResult[] | null): boolean {
  return results !== null && results.length > 0 && results.every((r) => !r.ok && r.error?.kind === 'network');
}
