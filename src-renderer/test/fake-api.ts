import {
  type AccountView,
  type AppInfo,
  type AppSettings,
  type CommandArgs,
  type CommandError,
  type CommandName,
  type CommandResult,
  type CommandValue,
  type ConnectionTestResult,
  type EventName,
  type InvoiceInboxApi,
  type ParsedArgs,
} from '../../src-shared/contract';
import type { Invoice } from '../../src-shared/domain/invoice';
import { createReminderHandlers } from '../../src-main/services/reminders-handlers';
import { FakeCommandError, throughDoor } from './fake-door';
import { FakeEvents } from './fake-events';
import { FakeExports } from './fake-exports';
import { FakeFiles } from './fake-files';
import { FakeInbox } from './fake-inbox';
import { FakeSync } from './fake-sync';
import { defaultTest, makeAccount, seedWorkspace } from './fake-seed';

type Handler<K extends CommandName> = (args: ParsedArgs<K>) => CommandValue<K> | Promise<CommandValue<K>>;
type Handlers = { [K in CommandName]?: Handler<K> };
type ReminderHandlers = ReturnType<typeof createReminderHandlers>;

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
  /** Secrets given to add/update, kept here only so tests can check they were sent; never returned. */
  readonly secrets = new Map<string, string>();
  /** Commands forced to fail with this error. */
  readonly failures = new Map<CommandName, CommandError>();
  /** Answers 'accounts:test'. */
  testConnection: (args: CommandArgs<'accounts:test'>) => ConnectionTestResult = defaultTest;
  private readonly events = new FakeEvents();
  private nextId = 1;
  private readonly inbox: FakeInbox;
  /** Exports and printed PDFs (see fake-exports.ts). */
  readonly exports = new FakeExports(
    this.events.emit,
    (args) => args.invoiceIds?.length ?? this.inbox.query(this.accounts, this.invoices, { ...args, offset: 0, limit: 0, count: true, aggregates: false }).count,
  );
  /** Exports handed to the browser's downloads (the web host's API has download()). */
  readonly downloads: Array<{ url: string; fileName: string }> = [];
  /** PDFs and outside links (see fake-files.ts): tests store PDFs and read the links opened. */
  readonly files = new FakeFiles((id) => this.invoice(id), this.events.emit);
  /** Syncs (see fake-sync.ts): tests set sync errors, hold syncs, read the automatic ones. */
  readonly sync = new FakeSync({
    accounts: () => this.accounts,
    replaceAccount: (next) => void this.replaceAccount(next),
    invoiceCount: (accountId) => this.invoices.filter((invoice) => invoice.accountId === accountId).length,
    online: () => this.info.online,
    now: () => this.now(),
    emit: this.events.emit,
  });

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

  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<CommandValue<K>>> {
    this.calls.push({ name, args });
    return throughDoor(name, args, this.failures.get(name), (command, parsed) => this.answer(command, parsed));
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

  readonly on = this.events.on;
  /** Emits as main would (tests announce host events with it). */
  readonly emit = this.events.emit;

  /** As main does after a mark changed: the inbox and reminders reload. */
  private marked<T>(value: T): T {
    this.emit('inbox:changed', { reason: 'marks' });
    this.emit('reminders:changed', { reason: 'mark_paid' });
    return value;
  }

  listenerCount(name: EventName): number {
    return this.events.count(name);
  }

  callsOf<K extends CommandName>(name: K): Array<CommandArgs<K>> {
    return this.calls.filter((c) => c.name === name).map((c) => c.args as CommandArgs<K>);
  }

  setOnline(online: boolean): void {
    this.info = { ...this.info, online };
    this.emit('net:status', { online, since: new Date(this.now()).toISOString() });
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

  private readonly handlers: Handlers = {
    'accounts:list': () => this.accounts,
    'accounts:add': (args) => {
      const account = makeAccount({ id: `acc_new${this.nextId++}`, provider: args.provider, label: args.label, baseUrl: args.baseUrl });
      this.secrets.set(account.id, args.secret);
      this.accounts = [...this.accounts, account];
      this.emit('inbox:changed', { reason: 'account_added' });
      this.sync.syncIfNeeded(account);
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
      this.sync.syncIfNeeded(updated);
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
    'sync:start': (args) => this.sync.start(args.accountId ? [this.account(args.accountId)] : this.accounts),
    'sync:cancel': (args) => this.sync.cancel(args.accountId),
    'sync:status': () => this.accounts.map((a) => a.sync),
    'pdf:fetch': (args) => this.files.fetchPdf(args.invoiceId),
    'pdf:openExternal': (args) => (this.invoice(args.invoiceId), { opened: true }),
    'pdf:saveCopy': (args) => (this.invoice(args.invoiceId), { saved: true, path: `/tmp/${args.invoiceId}.pdf` }),
    'links:open': (args) => this.files.openLink(args.invoiceId, args.which),
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
