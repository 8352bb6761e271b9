import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountSyncResult, AccountSyncState, SyncProgress } from '../../src-shared/domain/sync';
import type { ApiClient } from '../api/client';
import { messageOf, type Clock } from './types';

export interface SyncState {
  byAccount: Record<string, AccountSyncState>;
  /** The results of the last finished sync run. */
  lastResults: AccountSyncResult[] | null;
  /** A sync that could not even start (offline host, keychain locked), in words. */
  startError: string | null;
  seed(states: readonly AccountSyncState[]): void;
  onProgress(progress: SyncProgress): void;
  onFinished(results: readonly AccountSyncResult[]): void;
  start(accountId?: string): Promise<void>;
  cancel(accountId?: string): Promise<void>;
}

export type SyncStore = StoreApi<SyncState>;

function idle(accountId: string): AccountSyncState {
  return { accountId, phase: 'idle', progress: null, lastSyncedAt: null, lastError: null, warnings: [] };
}

export function createSyncStore(api: ApiClient, clock: Clock): SyncStore {
  return createStore<SyncState>()((set, get) => {
    const patch = (accountId: string, change: Partial<AccountSyncState>) => {
      const current = get().byAccount[accountId] ?? idle(accountId);
      set({ byAccount: { ...get().byAccount, [accountId]: { ...current, ...change } } });
    };
    return {
      byAccount: {},
      lastResults: null,
      startError: null,
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
        const at = new Date(clock()).toISOString();
        for (const result of results) {
          const prev = get().byAccount[result.accountId];
          patch(result.accountId, {
            phase: result.ok ? 'ok' : result.error?.kind === 'cancelled' ? 'idle' : 'error',
            progress: null,
            lastSyncedAt: result.ok ? at : (prev?.lastSyncedAt ?? null),
            lastError: result.ok ? null : result.error,
            // A failed sync changed nothing saved: the warnings about the saved invoices stand.
            warnings: result.ok ? result.warnings : (prev?.warnings ?? []),
          });
        }
        set({ lastResults: [...results] });
      },
      async start(accountId) {
        const ids = accountId ? [accountId] : Object.keys(get().byAccount);
        for (const id of ids) patch(id, { phase: 'syncing', progress: { accountId: id, pagesDone: 0, invoicesSoFar: 0, total: null } });
        try {
          await api.call('sync:start', accountId ? { accountId } : {});
          set({ startError: null });
        } catch (error) {
          for (const id of ids) patch(id, { phase: get().byAccount[id]?.lastError ? 'error' : 'idle', progress: null });
          set({ startError: messageOf(error) });
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
