/** Fakes for the handler tests: an in-memory InboxService with a controllable sync, and recorders. */
import type { EventName, EventPayload, InvoiceDetail } from '../../src-shared/contract';
import type { Account, AccountSyncResult, AccountSyncState, InboxFilter, InboxSort, Invoice, ProviderId, SyncProgress } from '../../src-shared/domain';
import { invoiceDetail } from '../core/app/invoice-detail';
import type { AccountPatch, UserMarkView, InboxEvents, InboxService, InvoiceQuery, NewAccount, SyncRequest, WindowRequest, WindowResult } from '../core/app/types';
import type { DemoSync, DemoWorkspace } from '../core/demo/types';
import type { PdfFetchResult, PdfInvoice, PdfService } from '../core/pdf/types';
import { SettingsService } from '../core/settings/app-settings';
import { openMemoryStore, type SqliteWorkspaceStore } from '../core/store/sqlite-store';
import type { InboxIterator, InboxScope, Notice } from '../core/store/types';
import { utcZone } from '../../src-shared/domain';
import { MarksService } from '../core/marks/marks-service';
import { seededStore, utcCalendar } from '../core/testing/seeded-store';
import type { EventSink } from './commands';
import { TempExportTargets } from './export-test-support';
import { createNetworkMonitor } from './network-monitor';
import type { LinkInfo, ServiceDeps } from './types';

export class RecordingEvents implements EventSink {
  readonly emitted: Array<{ name: EventName; payload: unknown }> = [];
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    this.emitted.push({ name, payload });
  }
  names(): EventName[] {
    return this.emitted.map((event) => event.name);
  }
  /** Resolves on the next emission of `name`. */
  next<K extends EventName>(name: K): Promise<EventPayload<K>> {
    const start = this.emitted.length;
    return new Promise((resolve) => {
      const poll = (): void => {
        const found = this.emitted.slice(start).find((event) => event.name === name);
        if (found) resolve(found.payload as EventPayload<K>);
        else setImmediate(poll);
      };
      poll();
    });
  }
}

export function invoiceFixture(accountId: string, n: number, overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: `${accountId}:in_${n}`,
    accountId,
    provider: 'gpuoutlet',
    providerInvoiceId: `in_${n}`,
    number: `INV-${n}`,
    status: 'open',
    rawStatus: 'open',
    kind: 'invoice',
    currency: 'USD',
    total: 1000,
    amountDue: 1000,
    amountPaid: 0,
    issuedAt: '2026-06-01T00:00:00.000Z',
    dueAt: '2026-07-01',
    paidAt: null,
    periodStart: null,
    periodEnd: null,
    description: null,
    payUrl: `https://pay.example.com/${n}`,
    pdfUrl: `https://pay.example.com/${n}.pdf`,
    receiptUrl: null,
    lineItems: [],
    updatedAt: null,
    ...overrides,
  };
}

/**
 * An InboxService for the handler tests: accounts, secrets and sync are in memory and controllable
 * (`sync` waits for `releaseSync()` when `holdSync` is set); the inbox's reads are answered by the real
 * store, seeded with `accounts` and `invoices` whenever a test replaced them.
 */
export class FakeInbox implements InboxService {
  accounts: Account[] = [];
  invoices: Invoice[] = [];
  states: AccountSyncState[] = [];
  notes: Notice[] = [];
  /** "Now" for the inbox's state (UTC calendar). */
  nowMs = Date.parse('2026-06-15T12:00:00.000Z');
  private seeded: { accounts: Account[]; invoices: Invoice[]; store: SqliteWorkspaceStore } | null = null;
  secrets = new Map<string, string>();
  added: NewAccount[] = [];
  patches: AccountPatch[] = [];
  syncRequests: SyncRequest[] = [];
  holdSync = false;
  syncError: Error | null = null;
  testError: Error | null = null;
  private release: (() => void) | null = null;
  private readonly listeners: { [E in keyof InboxEvents]: Set<InboxEvents[E]> } = {
    progress: new Set(),
    accountSynced: new Set(),
    inboxChanged: new Set(),
  };

  listAccounts(): Account[] {
    return this.accounts;
  }
  async addAccount(input: NewAccount): Promise<Account> {
    if (this.testError) throw this.testError;
    this.added.push(input);
    const account: Account = {
      id: `acc${this.accounts.length + 1}`,
      provider: input.provider,
      label: input.label,
      baseUrl: input.baseUrl,
      createdAt: '2026-06-15T12:00:00.000Z',
      demo: input.demo ?? false,
    };
    // Carries the secret on purpose: the handlers must not pass unknown fields through.
    this.accounts.push(Object.assign({ secret: input.secret }, account));
    this.secrets.set(account.id, input.secret);
    return Object.assign({ secret: input.secret }, account);
  }
  async updateAccount(id: string, patch: AccountPatch): Promise<Account> {
    this.patches.push(patch);
    const account = this.accounts.find((candidate) => candidate.id === id);
    if (!account) throw new Error('no such account');
    if (patch.label !== undefined) account.label = patch.label;
    if (patch.baseUrl !== undefined) account.baseUrl = patch.baseUrl;
    if (patch.secret !== undefined) this.secrets.set(id, patch.secret);
    return account;
  }
  async removeAccount(id: string): Promise<void> {
    this.accounts = this.accounts.filter((account) => account.id !== id);
    this.invoices = this.invoices.filter((invoice) => invoice.accountId !== id);
    this.secrets.delete(id);
  }
  async testConnection(input: { accountId: string } | Omit<NewAccount, 'label'>): Promise<AccountSyncResult> {
    if (this.testError) throw this.testError;
    const accountId = 'accountId' in input ? input.accountId : 'new';
    return { accountId, ok: true, error: null, invoiceCount: 7, requests: 1, mode: 'full', warnings: [] };
  }
  async sync(request: SyncRequest = {}): Promise<AccountSyncResult[]> {
    this.syncRequests.push(request);
    if (this.holdSync) {
      await new Promise<void>((resolve, reject) => {
        this.release = resolve;
        request.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      });
    }
    if (this.syncError) throw this.syncError;
    const ids = request.accountId ? [request.accountId] : this.accounts.map((account) => account.id);
    return ids.map((accountId) => ({ accountId, ok: true, error: null, invoiceCount: 1, requests: 1, mode: 'incremental', warnings: [] }));
  }
  releaseSync(): void {
    this.release?.();
  }
  emitProgress(progress: SyncProgress): void {
    for (const listener of this.listeners.progress) listener(progress);
  }
  syncStates(): AccountSyncState[] {
    return this.states;
  }
  private store(): SqliteWorkspaceStore {
    if (this.seeded?.accounts !== this.accounts || this.seeded.invoices !== this.invoices) {
      this.seeded?.store.close();
      this.seeded = { accounts: this.accounts, invoices: this.invoices, store: seededStore(this.accounts, this.invoices, this.nowMs) };
    }
    return this.seeded.store;
  }
  queryInvoices(query: InvoiceQuery = {}): Invoice[] {
    return this.invoices.filter((invoice) => !query.accountIds || query.accountIds.includes(invoice.accountId));
  }
  iterate(scope: InboxScope, batchSize: number): InboxIterator {
    return this.store().inbox.iterate(scope, utcCalendar(this.nowMs), batchSize);
  }
  window(request: WindowRequest): WindowResult {
    const { inbox } = this.store();
    const calendar = utcCalendar(this.nowMs);
    return {
      offset: request.offset,
      rows: inbox.window(request, calendar).rows,
      count: request.count === false ? null : inbox.count(request.filter, calendar),
      aggregates: request.aggregates === false ? null : inbox.aggregates(request.filter, calendar),
    };
  }
  locate(invoiceId: string, filter: InboxFilter, sort: InboxSort): number | null {
    return this.store().inbox.locate(invoiceId, filter, sort, utcCalendar(this.nowMs));
  }
  invoice(id: string): Invoice | null {
    return this.invoices.find((invoice) => invoice.id === id) ?? null;
  }
  detail(id: string): InvoiceDetail | null {
    return invoiceDetail(this.store(), id, utcCalendar(this.nowMs));
  }
  currencies(): string[] {
    return this.store().inbox.currencies();
  }
  userViews(): { marks: Map<string, UserMarkView>; duplicates: Map<string, string> } {
    return { marks: new Map(), duplicates: this.store().inbox.duplicatePairs() };
  }
  tags(): { tag: string; count: number }[] {
    return this.store().annotations.allTags();
  }
  /** Marks over the same store (what 'marks:*' handlers act on in tests). */
  marks(): MarksService {
    const store = this.store();
    if (this.marksOver?.store !== store) {
      const service = new MarksService({ store, clock: { now: () => this.nowMs }, zone: utcZone, calendar: () => utcCalendar(this.nowMs), user: 'tester', onChanged: () => undefined });
      this.marksOver = { store, service };
    }
    return this.marksOver.service;
  }
  private marksOver: { store: SqliteWorkspaceStore; service: MarksService } | null = null;
  decisions: Array<{ invoiceId: string; distinct: boolean }> = [];
  decideDuplicate(invoiceId: string, distinct: boolean): void {
    this.decisions.push({ invoiceId, distinct });
  }
  notices(): Notice[] {
    return this.notes;
  }
  acknowledgeNotice(id: number): boolean {
    const before = this.notes.length;
    this.notes = this.notes.filter((notice) => notice.id !== id);
    return this.notes.length < before;
  }
  on<E extends keyof InboxEvents>(event: E, listener: InboxEvents[E]): () => void {
    const set = this.listeners[event] as Set<InboxEvents[E]>;
    set.add(listener);
    return () => set.delete(listener);
  }
}

export class FakePdf implements PdfService {
  fetched: string[] = [];
  evicted: string[] = [];
  error: Error | null = null;
  async fetchPdf(invoice: PdfInvoice): Promise<PdfFetchResult> {
    if (this.error) throw this.error;
    this.fetched.push(invoice.id);
    return { bytes: Buffer.from('%PDF-1.4 fake'), fromCache: false };
  }
  async cachedPath(invoiceId: string): Promise<string | null> {
    return this.fetched.includes(invoiceId) ? `/data/pdf/${invoiceId}.pdf` : null;
  }
  async evict(invoiceIds: readonly string[]): Promise<void> {
    this.evicted.push(...invoiceIds);
  }
  async idle(): Promise<void> {}
}

export class FakeDemo implements DemoWorkspace {
  active = false;
  started = 0;
  left = 0;
  constructor(private readonly inbox: FakeInbox) {}
  isActive(): boolean {
    return this.active;
  }
  async start(options: { sync?: DemoSync } = {}): Promise<Account[]> {
    this.started += 1;
    this.active = true;
    const account = await this.inbox.addAccount({ provider: 'commet', label: 'Demo', baseUrl: 'http://127.0.0.1:1', secret: 'demo', demo: true });
    await options.sync?.({});
    return [account];
  }
  runningBaseUrl(): string | null {
    return null;
  }
  async baseUrlFor(provider: ProviderId): Promise<string> {
    return `http://127.0.0.1:1/${provider}`;
  }
  async localize(url: string): Promise<string> {
    return url;
  }
  async leave(): Promise<void> {
    this.left += 1;
    this.active = false;
  }
  async close(): Promise<void> {}
}

/** The real settings service over a workspace in memory. */
export function memorySettings(): SettingsService {
  const store = openMemoryStore();
  return new SettingsService(store.settings, () => Date.parse('2026-06-15T12:00:00.000Z'));
}

export interface Harness {
  deps: ServiceDeps;
  inbox: FakeInbox;
  pdf: FakePdf;
  demo: FakeDemo;
  events: RecordingEvents;
  settings: SettingsService;
  opened: Array<{ url: string; info: LinkInfo }>;
  exports: TempExportTargets;
}

export function harness(): Harness {
  const inbox = new FakeInbox();
  const pdf = new FakePdf();
  const demo = new FakeDemo(inbox);
  const events = new RecordingEvents();
  const settings = memorySettings();
  const opened: Array<{ url: string; info: LinkInfo }> = [];
  const exports = new TempExportTargets();
  const deps: ServiceDeps = {
    inbox,
    pdf,
    settings,
    settingsChanged: () => events.emit('settings:changed', settings.get()),
    demo,
    events,
    network: createNetworkMonitor({ events }),
    linkOpener: async (url, info) => {
      opened.push({ url, info });
    },
    saveCopy: async (file) => ({ saved: true, path: `/downloads/${file.suggestedName}` }),
    openPdfExternally: async () => true,
    chooseExportTarget: exports.choose,
    savePrintedPdf: exports.savePrintedPdf,
    host: { host: 'web', version: '0.1.0', tray: () => ({ available: false, reason: 'web host' }) },
    reminders: {} as ServiceDeps['reminders'],
    marks: {
      apply: (target, action) => inbox.marks().apply(target, action),
      undo: (undoId) => inbox.marks().undo(undoId),
      setNote: (invoiceId, text) => inbox.marks().setNote(invoiceId, text),
    },
  };
  return { deps, inbox, pdf, demo, events, settings, opened, exports };
}
