/**
 * The fake API's syncs, as main runs them: 'sync:start' marks the accounts syncing and, unless told to
 * wait, ends them on the next tick with progress, the results and an inbox change; an account saved
 * that never synced or failed last is synced at once (main's SyncScheduler). Offline, every sync ends
 * with a network error.
 */
import type { AccountView, EventName, EventPayload } from '../../src-shared/contract';
import type { AccountSyncResult, SyncErrorInfo } from '../../src-shared/domain/sync';

type Emit = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/** What the syncs read and change of the fake's workspace. */
export interface SyncWorld {
  accounts(): AccountView[];
  replaceAccount(next: AccountView): void;
  invoiceCount(accountId: string): number;
  online(): boolean;
  now(): number;
  emit: Emit;
}

export class FakeSync {
  /** Per account: the error the next syncs end with (unset = success). */
  readonly errors = new Map<string, SyncErrorInfo>();
  /** False: started syncs stay running (until cancelled). */
  autoFinish = true;
  /** Accounts synced without a sync:start, as main's SyncScheduler does for a new or failing account once saved. */
  readonly automatic: string[] = [];

  constructor(private readonly world: SyncWorld) {}

  /** 'sync:start' for these accounts. */
  start(accounts: AccountView[]): { started: boolean } {
    for (const account of accounts) this.markSyncing(account);
    const ids = accounts.map((account) => account.id);
    if (this.autoFinish) setTimeout(() => this.complete(ids), 0);
    return { started: ids.length > 0 };
  }

  /** 'sync:cancel': every running sync, or the one of `accountId`. */
  cancel(accountId: string | undefined): null {
    for (const account of this.world.accounts()) {
      if (account.sync.phase !== 'syncing' || (accountId && account.id !== accountId)) continue;
      this.world.replaceAccount({ ...account, sync: { ...account.sync, phase: 'idle', progress: null } });
    }
    return null;
  }

  /** As main's SyncScheduler: an account saved here that never synced or failed last is synced at once. */
  syncIfNeeded(account: AccountView): void {
    const { phase, lastSyncedAt } = account.sync;
    if (!this.world.online() || !((phase === 'idle' && lastSyncedAt === null) || phase === 'error')) return;
    this.automatic.push(account.id);
    this.markSyncing(account);
    if (this.autoFinish) setTimeout(() => this.complete([account.id]), 0);
  }

  private markSyncing(account: AccountView): void {
    const progress = { accountId: account.id, pagesDone: 0, invoicesSoFar: 0, total: null };
    this.world.replaceAccount({ ...account, sync: { ...account.sync, phase: 'syncing', progress } });
  }

  private complete(ids: string[]): void {
    const { world } = this;
    const results: AccountSyncResult[] = [];
    for (const id of ids) {
      const account = world.accounts().find((a) => a.id === id);
      if (!account) continue;
      const error = world.online()
        ? (this.errors.get(id) ?? null)
        : { kind: 'network' as const, message: 'The provider could not be reached: you seem to be offline.', action: 'retry' as const };
      const count = world.invoiceCount(id);
      world.emit('sync:progress', { accountId: id, pagesDone: 1, invoicesSoFar: count, total: count });
      const lastSyncedAt = error ? account.sync.lastSyncedAt : new Date(world.now()).toISOString();
      world.replaceAccount({ ...account, sync: { accountId: id, phase: error ? 'error' : 'ok', progress: null, lastSyncedAt, lastError: error, warnings: error ? account.sync.warnings : [] } });
      results.push({ accountId: id, ok: error === null, error, invoiceCount: count, requests: 1, mode: 'incremental', warnings: [] });
    }
    world.emit('sync:finished', { results });
    world.emit('inbox:changed', { reason: 'sync' });
  }
}
