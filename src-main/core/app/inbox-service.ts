import type { Account, AccountSyncResult, AccountSyncState, Invoice } from '../../../src-shared/domain';
import type { AccountRegistry } from '../accounts';
import type { MemoSnapshotStore } from '../cache/memo-snapshot-store';
import type { AccountSnapshot } from '../cache/types';
import type { CredentialStore } from '../credentials/types';
import type { Clock } from '../http/types';
import type { SyncEngine } from '../sync';
import { Emitter } from './events';
import { queryInvoices } from './query';
import type { AccountPatch, InboxEvents, InboxService, InvoiceQuery, NewAccount, SyncRequest } from './types';

export interface InboxServiceParts {
  registry: AccountRegistry;
  credentials: CredentialStore;
  /** The on-disk cache behind an in-memory copy of each account's last snapshot. */
  snapshots: MemoSnapshotStore;
  engine: SyncEngine;
  clock: Clock;
}

/**
 * The core as hosts see it: accounts (settings in the registry, secrets in the keychain), sync into
 * per-account snapshots, and queries over the cache. Snapshots are held in memory after the first load
 * (MemoSnapshotStore), so the inbox opens from the cache at once and works offline.
 */
export class Inbox implements InboxService {
  private readonly events = new Emitter<InboxEvents>();
  private readonly states = new Map<string, AccountSyncState>();
  private syncQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly parts: InboxServiceParts) {}

  /** Loads every account's snapshot once (corrupt files are set aside by the store, never thrown). */
  async loadCache(): Promise<void> {
    await Promise.all(this.listAccounts().map((a) => this.snapshotOf(a.id)));
  }

  listAccounts(): Account[] {
    return this.parts.registry.list();
  }

  async addAccount(input: NewAccount): Promise<Account> {
    const account = this.parts.registry.add({ provider: input.provider, label: input.label, baseUrl: input.baseUrl, demo: input.demo ?? false });
    try {
      await this.parts.credentials.set(account.id, input.secret);
    } catch (error) {
      this.parts.registry.remove(account.id);
      throw error;
    }
    return account;
  }

  async updateAccount(id: string, patch: AccountPatch): Promise<Account> {
    const { secret, ...settings } = patch;
    const account = this.parts.registry.update(id, settings);
    if (secret !== undefined) await this.parts.credentials.set(id, secret);
    return account;
  }

  async removeAccount(id: string): Promise<void> {
    this.parts.registry.get(id); // throws a clear error for an unknown id
    await this.parts.credentials.delete(id);
    await this.parts.snapshots.remove(id);
    this.parts.registry.remove(id);
    this.states.delete(id);
    this.events.emit('inboxChanged');
  }

  async testConnection(input: { accountId: string } | Omit<NewAccount, 'label'>): Promise<AccountSyncResult> {
    if ('accountId' in input) {
      const account = this.parts.registry.get(input.accountId);
      const secret = await this.parts.credentials.get(account.id);
      return this.parts.engine.testConnection(account, secret ?? '');
    }
    const probe = this.parts.registry.draft({ provider: input.provider, label: 'Connection test', baseUrl: input.baseUrl, demo: false });
    return this.parts.engine.testConnection(probe, input.secret);
  }

  /** Syncs are serialized: a second request waits for the first instead of fetching the same pages twice. */
  sync(request: SyncRequest = {}): Promise<AccountSyncResult[]> {
    const run = this.syncQueue.then(() => this.runSync(request));
    this.syncQueue = run.catch(() => undefined);
    return run;
  }

  private async runSync(request: SyncRequest): Promise<AccountSyncResult[]> {
    const accounts = this.listAccounts().filter((a) => request.accountId === undefined || a.id === request.accountId);
    for (const account of accounts) {
      this.setState(account.id, { phase: 'syncing', progress: { accountId: account.id, pagesDone: 0, invoicesSoFar: 0, total: null }, lastError: null });
    }
    const results = await this.parts.engine.syncAccounts(accounts, {
      full: request.full ?? false,
      signal: request.signal,
      onProgress: (progress) => {
        this.setState(progress.accountId, { progress });
        this.events.emit('progress', progress);
      },
    });
    for (const result of results) {
      if (result.ok) {
        const snapshot = await this.snapshotOf(result.accountId);
        this.setState(result.accountId, { phase: 'ok', progress: null, lastError: null, lastSyncedAt: snapshot?.syncedAt ?? null, warnings: result.warnings });
      } else {
        // A failed sync saved nothing: the warnings about the saved invoices stand.
        this.setState(result.accountId, { phase: 'error', progress: null, lastError: result.error });
      }
      this.events.emit('accountSynced', result);
    }
    if (results.some((r) => r.ok)) this.events.emit('inboxChanged');
    return results;
  }

  syncStates(): AccountSyncState[] {
    return this.listAccounts().map((a) => this.stateOf(a.id));
  }

  async queryInvoices(query: InvoiceQuery = {}): Promise<Invoice[]> {
    const accounts = this.listAccounts().filter((a) => !query.accountIds || query.accountIds.includes(a.id));
    const snapshots = await Promise.all(accounts.map((a) => this.snapshotOf(a.id)));
    return queryInvoices(allInvoices(snapshots), query, this.parts.clock.now());
  }

  cacheProblems() {
    return this.parts.snapshots.problems();
  }

  on<E extends keyof InboxEvents>(event: E, listener: InboxEvents[E]): () => void {
    return this.events.on(event, listener);
  }

  private snapshotOf(accountId: string): Promise<AccountSnapshot | null> {
    return this.parts.snapshots.load(accountId);
  }

  private stateOf(accountId: string): AccountSyncState {
    return (
      this.states.get(accountId) ?? {
        accountId,
        phase: 'idle',
        progress: null,
        lastSyncedAt: this.parts.snapshots.peek(accountId)?.syncedAt ?? null,
        lastError: null,
        warnings: [],
      }
    );
  }

  private setState(accountId: string, patch: Partial<AccountSyncState>): void {
    this.states.set(accountId, { ...this.stateOf(accountId), ...patch, accountId });
  }
}

function* allInvoices(snapshots: (AccountSnapshot | null)[]): Iterable<Invoice> {
  for (const snapshot of snapshots) if (snapshot) yield* snapshot.invoices;
}
