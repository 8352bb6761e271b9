/**
 * THE composition of the core: every host (desktop app, web host, CLI) opens its data dir with
 * openWorkspace and adds only its adapters (windows, HTTP, terminal). Account removal with its PDFs,
 * settings, the demo and its credentials, reminders following the inbox, noticing what other
 * processes write and removing the temps of killed writes all live here, once.
 */
import type { AppSettings } from '../../../src-shared/contract';
import type { RemindersChangeReason } from '../../../src-shared/domain';
import { AccountRegistry } from '../accounts/account-registry';
import { Emitter } from '../app/events';
import { Inbox } from '../app/inbox-service';
import type { CredentialStore } from '../credentials/types';
import { DemoCredentialStore } from '../demo/demo-credentials';
import { demoTokenLookup } from '../demo/demo-workspace';
import { DEMO_ACCOUNTS, type DemoTenant, type StartDemoSimulator } from '../demo/simulator-host';
import type { DemoWorkspace } from '../demo/types';
import { systemClock, type Clock, type FetchLike } from '../http/types';
import type { MarksService } from '../marks/marks-service';
import type { PdfService } from '../pdf/types';
import type { Resolver } from '../pdf/address-policy';
import type { PdfFetch } from '../pdf/download';
import { systemZone, type TimeZone } from '../reminders/local-time';
import type { PlannedNotification } from '../reminders/notification-text';
import { osUserName } from '../reminders/open';
import { WorkspaceReminderStore } from '../reminders/reminder-store';
import type { ReminderService } from '../reminders/reminders-service';
import { SettingsService } from '../settings/app-settings';
import { hasLegacyFiles } from '../store/legacy/legacy-import';
import { openSqliteStore } from '../store/sqlite-store';
import type { WorkspaceStore } from '../store/types';
import type { SyncEngineDeps } from '../sync/types';
import { lazy } from './lazy';
import { calendarOf } from './store-adapters';
import { removeStrayTempsOf } from './stray-temps';
import { buildDemo, buildEngine, buildMarks, buildPdf, buildReminders, deferredEngine, type WorkspaceCore } from './workspace-services';
import { followWorkspace } from './workspace-follower';

export type EngineTuning = Partial<Pick<SyncEngineDeps, 'accountConcurrency' | 'pageConcurrency' | 'requestTimeoutMs' | 'maxPages' | 'maxAttempts' | 'random' | 'backoff' | 'maxResponseBytes'>>;

export interface WorkspaceOptions {
  /** The OS keychain (keytar) in production; demo accounts never reach it. */
  credentials: CredentialStore;
  clock?: Clock;
  /** The user's calendar (overdue, due today, reminders). Default: the machine's zone. */
  zone?: TimeZone;
  /** Provider HTTP. Default global fetch. */
  fetch?: FetchLike;
  pdfFetch?: PdfFetch;
  engine?: EngineTuning;
  /** The demo's simulator and tenants (tests pass their own). */
  demo?: { startSimulator: StartDemoSimulator; tenants: readonly DemoTenant[] };
  /** How often to look for other processes' writes (ms); 0 turns it off (one-shot CLI commands). */
  watchIntervalMs?: number;
  /** Shows a reminder notification (desktop); none when omitted. */
  notify?: (notification: PlannedNotification) => void;
  /** Who marks are recorded as; default the OS user name. */
  user?: string;
  /**
   * `--developer-mode` on the host's command line: developer mode for this run, whatever the setting
   * says (a function is read at each use: tests switch it).
   */
  developerMode?: boolean | (() => boolean);
  /** DNS for the PDF address check (tests). */
  resolve?: Resolver;
  /** Problems worth a line on stderr; never secrets. */
  log?: (line: string) => void;
}

export interface WorkspaceEvents {
  remindersChanged: (reason: RemindersChangeReason) => void;
  /** Notes or tags changed through this process. */
  annotationsChanged: () => void;
  settingsChanged: (settings: AppSettings) => void;
}

export interface Workspace {
  readonly dataDir: string;
  readonly store: WorkspaceStore;
  readonly inbox: Inbox;
  readonly reminders: ReminderService;
  /** Marks, notes and tags on one invoice or many, undoable. */
  readonly marks: MarksService;
  readonly settings: SettingsService;
  readonly pdf: PdfService;
  readonly demo: DemoWorkspace;
  readonly credentials: DemoCredentialStore;
  on<E extends keyof WorkspaceEvents>(event: E, listener: WorkspaceEvents[E]): () => void;
  /** Settings were changed through this process: tell listeners (other processes learn through the watcher). */
  settingsChanged(): void;
  /**
   * Stops the watcher, cancels nothing running (hosts wait for their syncs), stops the demo, waits for
   * PDF downloads and the cache copies they save, closes the database.
   */
  close(): Promise<void>;
}

export const DEFAULT_WATCH_INTERVAL_MS = 1000;

export async function openWorkspace(dataDir: string, options: WorkspaceOptions): Promise<Workspace> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  // Temps of writes a crash or a kill interrupted (PDF copies, window state, JSON-era files) are
  // removed after opening (workspace-follower.ts) or at close; a data dir with JSON-era files waits
  // for it, so that their temps go before those files are imported and set aside.
  let swept: Promise<void> | null = null;
  const sweep = (): Promise<void> =>
    (swept ??= removeStrayTempsOf(dataDir).then((strays) => {
      if (strays.length > 0) log(`Removed ${strays.length} unfinished temporary file(s) from the data folder.`);
    }));
  const legacyFiles = hasLegacyFiles(dataDir);
  if (legacyFiles) await sweep();
  const store = openSqliteStore(dataDir, { now: () => clock.now(), log, legacyFiles });
  const tenants = options.demo?.tenants ?? DEMO_ACCOUNTS;
  // Built the first time something uses them (reading the inbox needs none): see workspace-services.ts.
  const credentials = lazy(() => new DemoCredentialStore(options.credentials, demoTokenLookup(tenants, (id) => store.accounts.find(id))));
  const settings = lazy(() => new SettingsService(store.settings, () => clock.now()));
  const developerFlag = options.developerMode;
  const zone = options.zone ?? systemZone();
  const reminderStore = new WorkspaceReminderStore(store);
  const core: WorkspaceCore = {
    dataDir,
    options,
    clock,
    zone,
    log,
    events: new Emitter<WorkspaceEvents>(),
    store,
    credentials,
    tenants,
    developerMode: () => (typeof developerFlag === 'function' ? developerFlag() : developerFlag === true) || settings.get().get().developerMode,
    user: () => options.user ?? osUserName(),
    calendar: calendarOf(() => clock.now(), zone, () => reminderStore.preferences().paidCheckDays),
    demo: lazy(() => buildDemo(core, inbox)),
  };
  const { events, demo } = core;
  const pdf = lazy(() => buildPdf(core));
  const reminders = lazy(() => buildReminders(core));
  const marks = lazy(() => buildMarks(core));
  const registry = lazy(() => new AccountRegistry(store.accounts, { now: () => clock.now() }));
  const inbox: Inbox = new Inbox({
    store,
    get registry() {
      return registry.get();
    },
    get credentials() {
      return credentials.get();
    },
    engine: deferredEngine(lazy(() => buildEngine(core))),
    clock,
    calendar: core.calendar,
    evictPdfs: (ids) => pdf.get().evict(ids),
    developerMode: core.developerMode,
    get user() {
      return core.user();
    },
    log,
  });
  const stopFollowing = inbox.on('inboxChanged', () => {
    reminders
      .get()
      .recompute()
      .catch(() => log('Reminders could not be refreshed.'));
  });
  const follower = followWorkspace({
    store,
    settings,
    watchIntervalMs: options.watchIntervalMs ?? DEFAULT_WATCH_INTERVAL_MS,
    onExternalChange: () => inbox.notifyExternalChange(),
    onSettingsChanged: (now) => events.emit('settingsChanged', now),
    afterOpening: () => void sweep(),
    log,
  });

  let closing: Promise<void> | null = null;
  return {
    dataDir,
    store,
    inbox,
    get reminders() {
      return reminders.get();
    },
    get marks() {
      return marks.get();
    },
    get settings() {
      return settings.get();
    },
    get pdf() {
      return pdf.get();
    },
    get demo() {
      return demo.get();
    },
    get credentials() {
      return credentials.get();
    },
    on: (event, listener) => events.on(event, listener),
    settingsChanged: () => follower.settingsChanged(),
    close: () =>
      (closing ??= (async () => {
        follower.stop();
        stopFollowing();
        await demo.peek()?.close();
        // PDF downloads and the copies they save finish before the database closes (and before a
        // caller may remove the data folder).
        await pdf.peek()?.idle();
        await sweep();
        store.close();
      })()),
  };
}
