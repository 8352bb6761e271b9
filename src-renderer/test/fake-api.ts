import {
  commands,
  type AccountView,
  type AppInfo,
  type AppSettings,
  type CommandArgs,
  type CommandDef,
  type CommandError,
  type CommandName,
  type CommandResult,
  type CommandValue,
  type ConnectionTestResult,
  type EventName,
  type EventPayload,
  type InvoiceInboxApi,
  type ParsedArgs,
} from '../../src-shared/contract';
import type { z } from 'zod';
import type { AccountSyncResult, SyncErrorInfo } from '../../src-shared/domain/sync';
import type { Invoice } from '../../src-shared/domain/invoice';
import { createReminderHandlers } from '../../src-main/services/reminders-handlers';
import { toCommandError } from '../../src-main/services/failures';
import { makePdfBase64 } from './fake-pdf';
import { FakeExports } from './fake-exports';
import { FakeInbox } from './fake-inbox';
import { defaultTest, makeAccount, seedWorkspace } from './fake-seed';

type Handler<K extends CommandName> = (args: ParsedArgs<K>) => CommandValue<K> | Promise<CommandValue<K>>;
type Handlers = { [K in CommandName]?: Handler<K> };
type ReminderHandlers = ReturnType<typeof createReminderHandlers>;

/** Thrown inside a fake handler to come back as a typed error value. */
export class FakeCommandError extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

export interface FakeApiOptions {
  now?: () => number;
  /** 'workspace' seeds five accounts and their invoices; 'empty' starts with nothing. */
  seed?: 'workspace' | 'empty';
  accounts?: AccountView[];
  invoices?: Invoice[];
  online?: boolean;
  settings?: Partial<AppSettings>;
}

/**
 * An in-memory InvoiceInboxApi for component tests: validates every payload with the contract's zod
 * schemas (as main does), records calls, and emits the same events main emits. Inbox reads and the
 * reminder commands are answered by the core itself over an in-memory workspace (fake-inbox.ts), and
 * a thrown error is worded by main's error table; src-main/conformance checks it answers as main does.
 */
export class FakeApi implements InvoiceInboxApi {
  readonly now: () => number;
  accounts: AccountView[];
  invoices: Invoice[];
  settings: AppSettings;
  info: AppInfo;
  readonly calls: Array<{ name: CommandName; args: unknown }> = [];
  readonly openedLinks: Array<{ invoiceId: string; which: 'pay' | 'receipt'; url: string }> = [];
  /** Secrets given to add/update, kept here only so tests can check they were sent; never returned. */
  readonly secrets = new Map<string, string>();
  /** Per invoice: PDF base64 or an error to return; unset invoices with a pdfUrl get a generated PDF. */
  readonly pdfs = new Map<string, string | CommandError>();
  /** Commands forced to fail with this error. */
  readonly failures = new Map<CommandName, CommandError>();
  /** Per account: the error the next syncs end with (null = success). */
  readonly syncErrors = new Map<string, SyncErrorInfo>();
  /** Answers 'accounts:test'. */
  testConnection: (args: CommandArgs<'accounts:test'>) => ConnectionTestResult = defaultTest;
  /** When false, 'sync:start' leaves accounts syncing until the test calls finishSync(). */
  autoFinishSync = true;
  /** Accounts synced without a sync:start, as main's SyncScheduler does for a new or failing account once saved. */
  readonly automaticSyncs: string[] = [];
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();
  private nextId = 1;
  private readonly inbox: FakeInbox;
  /** Exports and printed PDFs (see fake-exports.ts). */
  readonly exports = new FakeExports(
    (name, payload) => this.emit(name, payload),
    (args) => args.invoiceIds?.length ?? this.inbox.query(this.accounts, this.invoices, { ...args, offset: 0, limit: 0, count: true, aggregates: false }).count,
  );
  /** Exports handed to the browser's downloads (the web host's API has download()). */
  readonly downloads: Array<{ url: string; fileName: string }> = [];

  constructor(options: FakeApiOptions = {}) {
    this.now = options.now ?? Date.now;
    this.inbox = new FakeInbox(this.now, (reason) => {
      // As createHostServices does: what the user said about an invoice shows in the inbox too.
      this.emit('reminders:changed', { reason });
      if (reason !== 'recompute' && reason !== 'pause' && reason !== 'preferences') this.emit('inbox:changed', { reason: 'marks' });
    });
    const seeded = options.seed === 'workspace' ? seedWorkspace(this.now()) : { accounts: [], invoices: [] };
    this.accounts = options.accounts ?? seeded.accounts;
    this.invoices = options.invoices ?? seeded.invoices;
    this.settings = { theme: 'system', syncIntervalMinutes: 15, startAtLogin: false, savedViews: [], developerMode: false, ...options.settings };
    this.info = {
      host: 'web',
      version: '0.1.0-test',
      online: options.online ?? true,
      demo: false,
      tray: { available: false, reason: 'tests' },
      notices: [],
    };
  }

  async invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<CommandValue<K>>> {
    this.calls.push({ name, args });
    await Promise.resolve();
    const def = commands[name] as CommandDef<z.ZodType, unknown>;
    const parsed = def.args.safeParse(args);
    if (!parsed.success) {
      // As main's door answers (src-main/services/dispatch.ts): a developer's sentence and the failing field.
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      return { ok: false, error: { code: 'invalid_args', message: `Invalid request for ${name} (field "${field}"): ${issue?.message ?? 'bad payload'}.`, field } };
    }
    const forced = this.failures.get(name);
    if (forced) return { ok: false, error: forced };
    try {
      return { ok: true, value: (await this.answer(name, parsed.data)) as CommandValue<K> };
    } catch (error) {
      if (error instanceof FakeCommandError) return { ok: false, error: error.error };
      // As main's door: every other failure through the one error table.
      return { ok: false, error: toCommandError(error, name) };
    }
  }

  /** The value of one validated command; throws FakeCommandError (or a core error) to fail it. */
  protected answer(name: CommandName, args: unknown): unknown {
    if (name.startsWith('reminders:')) return (this.reminderHandlers()[name as keyof ReminderHandlers] as (a: unknown) => unknown)(args);
    const handler = (this.handlers as Record<string, ((a: unknown) => unknown) | undefined>)[name];
    if (!handler) throw new FakeCommandError({ code: 'unknown_command', message: `The fake has no ${name}.` });
    return handler(args);
  }

  /** Main's own reminder handlers over the core's reminder service on the fake's workspace. */
  private reminderHandlers(): ReminderHandlers {
    return createReminderHandlers({
      reminders: this.inbox.reminderService(this.accounts, this.invoices),
      inbox: { invoice: (id) => this.invoices.find((invoice) => invoice.id === id) ?? null, listAccounts: () => this.accounts },
    });
  }

  async download(url: string, fileName: string): Promise<void> {
    this.downloads.push({ url, fileName });
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    const entry = listener as (payload: never) => void;
    set.add(entry);
    return () => set.delete(entry);
  }

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (p: EventPayload<K>) => void)(payload);
  }

  /** As main does after a mark changed: the inbox and reminders reload. */
  private marked<T>(value: T): T {
    this.emit('inbox:changed', { reason: 'marks' });
    this.emit('reminders:changed', { reason: 'mark_paid' });
    return value;
  }

  listenerCount(name: EventName): number {
    return this.listeners.get(name)?.size ?? 0;
  }

  callsOf<K extends CommandName>(name: K): Array<CommandArgs<K>> {
    return this.calls.filter((c) => c.name === name).map((c) => c.args as CommandArgs<K>);
  }

  setOnline(online: boolean): void {
    this.info = { ...this.info, online };
    this.emit('net:status', { online, since: new Date(this.now()).toISOString() });
  }

  /** Ends every running sync (for tests that turned autoFinishSync off). */
  finishSync(): void {
    const running = this.accounts.filter((a) => a.sync.phase === 'syncing').map((a) => a.id);
    this.completeSync(running);
  }

  private account(id: string): AccountView {
    const account = this.accounts.find((a) => a.id === id);
    if (!account) throw new FakeCommandError({ code: 'not_found', message: 'This account no longer exists.' });
    return account;
  }

  private invoice(id: string): Invoice {
    const invoice = this.invoices.find((i) => i.id === id);
    if (!invoice) throw new FakeCommandError({ code: 'not_found', message: 'This invoice is not in the inbox any more.' });
    return invoice;
  }

  private replaceAccount(next: AccountView): AccountView {
    this.accounts = this.accounts.map((a) => (a.id === next.id ? next : a));
    return next;
  }

  /** As main's SyncScheduler: an account saved here that never synced or failed last is synced at once. */
  private syncIfNeeded(account: AccountView): void {
    const { phase, lastSyncedAt } = account.sync;
    if (!this.info.online || !((phase === 'idle' && lastSyncedAt === null) || phase === 'error')) return;
    this.automaticSyncs.push(account.id);
    this.replaceAccount({ ...account, sync: { ...account.sync, phase: 'syncing', progress: { accountId: account.id, pagesDone: 0, invoicesSoFar: 0, total: null } } });
    if (this.autoFinishSync) setTimeout(() => this.completeSync([account.id]), 0);
  }

  private completeSync(ids: string[]): void {
    const results: AccountSyncResult[] = [];
    for (const id of ids) {
      const account = this.accounts.find((a) => a.id === id);
      if (!account) continue;
      const error = this.info.online
        ? (this.syncErrors.get(id) ?? null)
        : { kind: 'network' as const, message: 'The provider could not be reached: you seem to be offline.', action: 'retry' as const };
      const count = this.invoices.filter((i) => i.accountId === id).length;
      this.emit('sync:progress', { accountId: id, pagesDone: 1, invoicesSoFar: count, total: count });
      const lastSyncedAt = error ? account.sync.lastSyncedAt : new Date(this.now()).toISOString();
      this.replaceAccount({ ...account, sync: { accountId: id, phase: error ? 'error' : 'ok', progress: null, lastSyncedAt, lastError: error, warnings: error ? account.sync.warnings : [] } });
      results.push({ accountId: id, ok: error === null, error, invoiceCount: count, requests: 1, mode: 'incremental', warnings: [] });
    }
    this.emit('sync:finished', { results });
    this.emit('inbox:changed', { reason: 'sync' });
  }

  private readonly handlers: Handlers = {
    'accounts:list': () => this.accounts,
    'accounts:add': (args) => {
      const account = makeAccount({ id: `acc_new${this.nextId++}`, provider: args.provider, label: args.label, baseUrl: args.baseUrl });
      this.secrets.set(account.id, args.secret);
      this.accounts = [...this.accounts, account];
      this.emit('inbox:changed', { reason: 'account_added' });
      this.syncIfNeeded(account);
      return account;
    },
    'accounts:update': (args) => {
      const account = this.account(args.id);
      if (args.secret !== undefined) this.secrets.set(args.id, args.secret);
      const updated = this.replaceAccount({
        ...account,
        label: args.label ?? account.label,
        baseUrl: args.baseUrl === undefined ? account.baseUrl : args.baseUrl,
      });
      this.emit('inbox:changed', { reason: 'account_updated' });
      this.syncIfNeeded(updated);
      return updated;
    },
    'accounts:test': (args) => this.testConnection(args),
    'accounts:remove': (args) => {
      this.account(args.id);
      this.accounts = this.accounts.filter((a) => a.id !== args.id);
      this.invoices = this.invoices.filter((i) => i.accountId !== args.id);
      this.emit('inbox:changed', { reason: 'account_removed' });
      return null;
    },
    'invoices:query': (args) => this.inbox.query(this.accounts, this.invoices, args),
    'invoices:get': (args) => {
      const detail = this.inbox.get(this.accounts, this.invoices, args.invoiceId);
      if (!detail) throw new FakeCommandError({ code: 'not_found', message: 'That invoice is no longer in the inbox. Sync again to refresh the list.' });
      return detail;
    },
    'invoices:locate': (args) => ({ index: this.inbox.locate(this.accounts, this.invoices, args) }),
    'invoices:facets': () => this.inbox.facets(this.accounts, this.invoices),
    'marks:apply': (args) => this.marked(this.inbox.marks(this.accounts, this.invoices).apply(args.target, args.action)),
    'marks:undo': (args) => this.marked(this.inbox.marks(this.accounts, this.invoices).undo(args.undoId)),
    'invoices:setNote': (args) => {
      try {
        this.inbox.marks(this.accounts, this.invoices).setNote(args.invoiceId, args.text);
      } catch (error) {
        throw new FakeCommandError({ code: 'not_found', message: error instanceof Error ? error.message : String(error) });
      }
      return this.marked(null);
    },
    'sync:start': (args) => {
      const ids = args.accountId ? [this.account(args.accountId).id] : this.accounts.map((a) => a.id);
      for (const id of ids) {
        const account = this.account(id);
        const progress = { accountId: id, pagesDone: 0, invoicesSoFar: 0, total: null };
        this.replaceAccount({ ...account, sync: { ...account.sync, phase: 'syncing', progress } });
      }
      if (this.autoFinishSync) setTimeout(() => this.completeSync(ids), 0);
      return { started: ids.length > 0 };
    },
    'sync:cancel': (args) => {
      for (const account of this.accounts) {
        if (account.sync.phase !== 'syncing' || (args.accountId && account.id !== args.accountId)) continue;
        this.replaceAccount({ ...account, sync: { ...account.sync, phase: 'idle', progress: null } });
      }
      return null;
    },
    'sync:status': () => this.accounts.map((a) => a.sync),
    'pdf:fetch': (args) => {
      const stored = this.pdfs.get(args.invoiceId);
      const invoice = this.invoice(args.invoiceId);
      if (typeof stored === 'object') throw new FakeCommandError(stored);
      if (stored === undefined && invoice.pdfUrl === null) {
        throw new FakeCommandError({ code: 'not_found', message: 'The provider gave no PDF for this invoice.' });
      }
      const base64 = stored ?? makePdfBase64(`Invoice ${invoice.number ?? invoice.providerInvoiceId}`, [invoice.description ?? '']);
      return { base64, size: Math.floor((base64.length * 3) / 4), fromCache: false };
    },
    'pdf:openExternal': (args) => (this.invoice(args.invoiceId), { opened: true }),
    'pdf:saveCopy': (args) => (this.invoice(args.invoiceId), { saved: true, path: `/tmp/${args.invoiceId}.pdf` }),
    'links:open': (args) => {
      const invoice = this.invoice(args.invoiceId);
      const url = args.which === 'pay' ? invoice.payUrl : invoice.receiptUrl;
      if (url === null) throw new FakeCommandError({ code: 'not_found', message: `This invoice has no ${args.which} link.` });
      this.openedLinks.push({ invoiceId: invoice.id, which: args.which, url });
      this.emit('links:opened', { invoiceId: invoice.id, which: args.which, url });
      return { opened: true, url };
    },
    'export:start': (args) => this.exports.start(args),
    'export:cancel': (args) => this.exports.cancel(args.exportId),
    'print:savePdf': (args) => this.exports.savePdf(args.title),
    'app:info': () => this.info,
    'settings:get': () => this.settings,
    'settings:update': (args) => {
      this.settings = { ...this.settings, ...Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) };
      this.emit('settings:changed', this.settings);
      return this.settings;
    },
    'views:save': (args) => {
      // As main: a view saved again keeps its place; a new one goes last.
      const view = { id: args.id, name: args.name, filter: args.filter, sort: args.sort };
      const views = this.settings.savedViews as Array<{ id: string }>;
      const savedViews = views.some((v) => v.id === args.id) ? views.map((v) => (v.id === args.id ? view : v)) : [...views, view];
      this.settings = { ...this.settings, savedViews };
      this.emit('settings:changed', this.settings);
      return this.settings;
    },
    'views:delete': (args) => {
      this.settings = { ...this.settings, savedViews: (this.settings.savedViews as Array<{ id: string }>).filter((view) => view.id !== args.id) };
      this.emit('settings:changed', this.settings);
      return this.settings;
    },
    'app:dismissNotice': (args) => {
      this.info = { ...this.info, notices: this.info.notices.filter((notice) => notice.id !== args.id) };
      return { notices: this.info.notices };
    },
    'demo:start': () => {
      const demo = seedWorkspace(this.now(), true);
      this.accounts = [...this.accounts, ...demo.accounts];
      this.invoices = [...this.invoices, ...demo.invoices];
      this.info = { ...this.info, demo: true };
      this.emit('inbox:changed', { reason: 'demo' });
      return demo.accounts;
    },
    'demo:leave': () => {
      const demoIds = new Set(this.accounts.filter((a) => a.demo).map((a) => a.id));
      this.accounts = this.accounts.filter((a) => !demoIds.has(a.id));
      this.invoices = this.invoices.filter((i) => !demoIds.has(i.accountId));
      this.info = { ...this.info, demo: false };
      this.emit('inbox:changed', { reason: 'demo' });
      return null;
    },
  };
}
