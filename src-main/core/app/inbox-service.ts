import type { Account, AccountSyncResult, AccountSyncState, InboxFilter, InboxSort, Invoice } from '../../../src-shared/domain';
import { EMPTY_FILTER } from '../../../src-shared/domain';
import type { InvoiceDetail } from '../../../src-shared/contract';
import { invoiceDetail } from './invoice-detail';
import type { AccountRegistry } from '../accounts/account-registry';
import { AccountValidationError, normalizeBaseUrl, validateLabel, validateProvider } from '../accounts/account-validation';
import { assertAddressAllowed, changesSite, credentialOnAddressChange } from '../accounts/origin-binding';
import type { CredentialStore } from '../credentials/types';
import type { Clock } from '../http/types';
import type { InboxIterator, InboxScope, QueryCalendar, WorkspaceStore } from '../store/types';
import type { SyncEngine } from '../sync/types';
import { refuseDuplicateAccount } from './duplicate-account';
import { Emitter } from './events';
import { userViewsOf } from './user-views';
import type { AccountPatch, UserMarkView, InboxChange, InboxEvents, InboxService, InvoiceQuery, NewAccount, SyncRequest, WindowRequest, WindowResult } from './types';

export interface InboxServiceParts {
  store: WorkspaceStore;
  registry: AccountRegistry;
  credentials: CredentialStore;
  engine: SyncEngine;
  clock: Clock;
  /** Today and day starts on the user's calendar (overdue is a local calendar idea), or on a named zone's. */
  calendar: (zoneName?: string) => QueryCalendar;
  /** Forgets an account's cached PDFs after it is removed (best effort). */
  evictPdfs?: (invoiceIds: readonly string[]) => Promise<void>;
  /**
   * Developer mode (set by the host from a menu or a flag, never by the renderer): fixed-host providers
   * accept other addresses and plain http to this computer is allowed. Default off.
   */
  developerMode?: () => boolean;
  /** Who the user is, for the audit of what they decide (the OS user name). */
  user?: string;
  log?: (line: string) => void;
}

const MAX_WINDOW = 500;

/** The CLI's `list` order: by due date, no due date last. */
export const QUERY_SORT: InboxSort = { key: 'due', dir: 'asc' };

/** A CLI query as the inbox filter it stands for. */
export function queryFilter(query: InvoiceQuery): InboxFilter {
  return {
    ...EMPTY_FILTER,
    states: query.states ?? [],
    accountIds: query.accountIds ?? [],
    due: query.dueBefore === undefined ? { kind: 'any' } : { kind: 'range', from: null, to: query.dueBefore },
  };
}

/**
 * The core as hosts see it: accounts (settings in the store, secrets in the keychain), syncs saved to
 * the store one account per transaction, and queries answered by the store. Progress and the phase of
 * a running sync live here; everything else (last sync, last error, warnings) is read from the store,
 * so every process on the workspace shows the same.
 */
export class Inbox implements InboxService {
  private readonly events = new Emitter<InboxEvents>();
  private readonly running = new Map<string, Pick<AccountSyncState, 'phase' | 'progress'>>();
  private syncQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly parts: InboxServiceParts) {}

  listAccounts(): Account[] {
    return this.parts.registry.list();
  }

  async addAccount(input: NewAccount): Promise<Account> {
    const provider = validateProvider(input.provider);
    const demo = input.demo ?? false;
    const baseUrl = normalizeBaseUrl(input.baseUrl, provider);
    assertAddressAllowed(provider, baseUrl, { developerMode: this.developerMode(), demo });
    if (!demo) await refuseDuplicateAccount(this.listAccounts(), this.parts.credentials, { provider, baseUrl, secret: input.secret });
    const account = this.parts.registry.add({ provider, label: input.label, baseUrl: input.baseUrl, demo });
    try {
      await this.parts.credentials.set(account.id, input.secret);
    } catch (error) {
      this.parts.registry.remove(account.id);
      throw error;
    }
    this.changed('account_added');
    return account;
  }

  /**
   * A credential stays with the site it was entered for: moving an account to another scheme, host or
   * port needs the secret again (or `forgetSecret`, which deletes the stored one). The keychain is
   * changed before the address, so a failure never leaves the old secret pointed at the new site.
   */
  async updateAccount(id: string, patch: AccountPatch): Promise<Account> {
    const { secret, forgetSecret, ...settings } = patch;
    const current = this.parts.registry.get(id);
    if (settings.label !== undefined) validateLabel(settings.label);
    let decision: 'keep' | 'replace' | 'forget' = secret === undefined ? 'keep' : 'replace';
    let movesSite = false;
    if (settings.baseUrl !== undefined) {
      const next = normalizeBaseUrl(settings.baseUrl, current.provider);
      movesSite = changesSite(current.provider, current.baseUrl, next);
      // An address kept as it is needs no new permission (it was accepted when it was set).
      if (next !== current.baseUrl) assertAddressAllowed(current.provider, next, { developerMode: this.developerMode(), demo: current.demo });
      decision = credentialOnAddressChange({
        provider: current.provider,
        before: current.baseUrl,
        after: next,
        secretGiven: secret !== undefined,
        forgetSecret: forgetSecret === true,
      });
    }
    if (decision === 'replace' && secret !== undefined) await this.parts.credentials.set(id, secret);
    if (decision === 'forget') await this.parts.credentials.delete(id);
    let account: Account;
    try {
      account = this.parts.registry.update(id, settings);
    } catch (error) {
      // The new secret was meant for the new address only: never leave it with the old one.
      if (decision === 'replace' && movesSite) await this.parts.credentials.delete(id).catch(() => undefined);
      throw error;
    }
    this.changed('account_updated');
    return account;
  }

  /**
   * The registry first (the account, its invoices and marks go in one transaction: a failure leaves
   * the account whole), then the secret and the PDFs: a failure there leaves nothing the user sees.
   */
  async removeAccount(id: string): Promise<void> {
    this.parts.registry.get(id); // throws a clear error for an unknown id
    const invoiceIds = this.parts.store.invoices.ids(id);
    this.parts.registry.remove(id);
    this.running.delete(id);
    this.changed('account_removed');
    try {
      await this.parts.credentials.delete(id);
    } catch {
      this.parts.log?.(`The keychain entry of a removed account (${id}) could not be deleted; it holds nothing any account uses.`);
    }
    await this.parts.evictPdfs?.(invoiceIds).catch(() => undefined);
  }

  async testConnection(input: { accountId: string } | Omit<NewAccount, 'label'>): Promise<AccountSyncResult> {
    if ('accountId' in input) {
      const account = this.parts.registry.get(input.accountId);
      const secret = await this.parts.credentials.get(account.id);
      return this.parts.engine.testConnection(account, secret ?? '');
    }
    const probe = this.parts.registry.draft({ provider: input.provider, label: 'Connection test', baseUrl: input.baseUrl, demo: false });
    // A raw secret goes only where a new account may point: the same address rules as addAccount.
    assertAddressAllowed(probe.provider, probe.baseUrl, { developerMode: this.developerMode(), demo: false });
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
      this.running.set(account.id, { phase: 'syncing', progress: { accountId: account.id, pagesDone: 0, invoicesSoFar: 0, total: null } });
    }
    try {
      const results = await this.parts.engine.syncAccounts(accounts, {
        full: request.full ?? false,
        signal: request.signal,
        onProgress: (progress) => {
          this.running.set(progress.accountId, { phase: 'syncing', progress });
          this.events.emit('progress', progress);
        },
        onAccountDone: (result) => {
          this.running.delete(result.accountId);
          if (!result.ok && result.error) this.recordFailure(result.accountId, result.error);
        },
      });
      for (const result of results) this.events.emit('accountSynced', result);
      if (results.some((r) => r.ok)) this.changed('sync');
      return results;
    } finally {
      for (const account of accounts) this.running.delete(account.id);
    }
  }

  private recordFailure(accountId: string, error: NonNullable<AccountSyncResult['error']>): void {
    if (error.kind === 'cancelled') return;
    try {
      this.parts.store.syncState.recordFailure(accountId, error, new Date(this.parts.clock.now()).toISOString());
    } catch {
      // The failure is still reported to the caller; only its memory across restarts is lost.
    }
  }

  syncStates(): AccountSyncState[] {
    const stored = new Map(this.parts.store.syncState.all().map((state) => [state.accountId, state]));
    return this.listAccounts().map((account) => {
      const state = stored.get(account.id);
      const running = this.running.get(account.id);
      const failedLast = state?.lastError !== null && state?.lastError !== undefined && (state.syncedAt === null || (state.lastErrorAt ?? '') > state.syncedAt);
      return {
        accountId: account.id,
        phase: running?.phase ?? (failedLast ? 'error' : state?.syncedAt ? 'ok' : 'idle'),
        progress: running?.progress ?? null,
        lastSyncedAt: state?.syncedAt ?? null,
        lastError: failedLast ? (state?.lastError ?? null) : null,
        warnings: state?.warnings ?? [],
      };
    });
  }

  window(request: WindowRequest): WindowResult {
    const calendar = this.parts.calendar();
    const { inbox } = this.parts.store;
    const limit = Math.max(0, Math.min(MAX_WINDOW, request.limit));
    const rows = limit === 0 ? [] : inbox.window({ filter: request.filter, sort: request.sort, offset: request.offset, limit }, calendar).rows;
    return {
      offset: request.offset,
      rows,
      count: request.count === false ? null : inbox.count(request.filter, calendar),
      aggregates: request.aggregates === false ? null : inbox.aggregates(request.filter, calendar),
    };
  }

  locate(invoiceId: string, filter: InboxFilter, sort: InboxSort): number | null {
    return this.parts.store.inbox.locate(invoiceId, filter, sort, this.parts.calendar());
  }

  invoice(id: string): Invoice | null {
    return this.parts.store.invoices.get(id);
  }

  detail(id: string): InvoiceDetail | null {
    return invoiceDetail(this.parts.store, id, this.parts.calendar());
  }


  queryInvoices(query: InvoiceQuery = {}): Invoice[] {
    return this.parts.store.inbox.select(queryFilter(query), QUERY_SORT, this.parts.calendar(query.timeZone));
  }

  iterate(scope: InboxScope, batchSize: number, timeZone?: string): InboxIterator {
    return this.parts.store.inbox.iterate(scope, this.parts.calendar(timeZone), batchSize);
  }

  /** What the user said about each marked invoice, and each flagged invoice's look-alike (user-views.ts). */
  userViews(): { marks: Map<string, UserMarkView>; duplicates: Map<string, string> } {
    return userViewsOf(this.parts.store);
  }

  /** The user says a possible duplicate is a separate bill (counted again), or takes that back. */
  decideDuplicate(invoiceId: string, distinct: boolean): void {
    const invoice = this.parts.store.invoices.get(invoiceId);
    if (!invoice) throw new AccountValidationError('id', 'That invoice is no longer in the inbox. Sync again to refresh the list.');
    this.parts.store.userData.updateMark(invoiceId, invoice.accountId, { duplicateDecision: distinct ? 'distinct' : null }, {
      at: new Date(this.parts.clock.now()).toISOString(),
      by: this.parts.user ?? 'you',
      action: distinct ? 'not_a_duplicate' : 'possible_duplicate_again',
      detail: null,
    });
    this.changed('marks');
  }

  currencies(): string[] {
    return this.parts.store.inbox.currencies();
  }

  /** Every tag in use, with how many invoices carry it. */
  tags(): { tag: string; count: number }[] {
    return this.parts.store.annotations.allTags();
  }

  notices() {
    return this.parts.store.notices.open();
  }

  acknowledgeNotice(id: number): boolean {
    const done = this.parts.store.notices.acknowledge(id, new Date(this.parts.clock.now()).toISOString());
    if (done) this.changed('external');
    return done;
  }

  on<E extends keyof InboxEvents>(event: E, listener: InboxEvents[E]): () => void {
    return this.events.on(event, listener);
  }

  /** Another process changed the workspace (the watcher calls this). */
  notifyExternalChange(): void {
    this.changed('external');
  }

  private developerMode(): boolean {
    return this.parts.developerMode?.() ?? false;
  }

  private changed(reason: InboxChange): void {
    this.events.emit('inboxChanged', reason);
  }

}
