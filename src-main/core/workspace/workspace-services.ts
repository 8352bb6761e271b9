/**
 * The services a workspace builds the first time something uses them (see openWorkspace): reading
 * the inbox needs none of them, so a host paints its first rows without building them.
 */
import { resolveBaseUrl } from '../accounts/account-validation';
import type { Emitter } from '../app/events';
import type { Inbox } from '../app/inbox-service';
import { connectorFor } from '../connectors';
import type { DemoCredentialStore } from '../demo/demo-credentials';
import { createDemoWorkspace } from '../demo/demo-workspace';
import { startDemoSimulator, type DemoTenant } from '../demo/simulator-host';
import type { DemoWorkspace } from '../demo/types';
import type { Clock } from '../http/types';
import { MarksService } from '../marks/marks-service';
import type { PdfService } from '../pdf/types';
import type { TimeZone } from '../reminders/local-time';
import { openReminderService } from '../reminders/open';
import type { ReminderService } from '../reminders/reminders-service';
import type { QueryCalendar, WorkspaceStore } from '../store/types';
import { createSyncEngine } from '../sync/engine';
import type { SyncEngine } from '../sync/types';
import type { Lazy } from './lazy';
import type { WorkspaceEvents, WorkspaceOptions } from './open-workspace';
import { storeSyncCache } from './store-adapters';
import { workspacePdf } from './workspace-pdf';

/** What an open workspace's services are made of. */
export interface WorkspaceCore {
  dataDir: string;
  options: WorkspaceOptions;
  clock: Clock;
  zone: TimeZone;
  log: (line: string) => void;
  events: Emitter<WorkspaceEvents>;
  store: WorkspaceStore;
  credentials: Lazy<DemoCredentialStore>;
  tenants: readonly DemoTenant[];
  developerMode: () => boolean;
  /** Who marks are recorded as (asked of the OS once, when first needed). */
  user: () => string;
  calendar: (zoneName?: string) => QueryCalendar;
  /** The demo needs the inbox; the engine and the PDFs need the demo (a demo account's address is this process's simulator). */
  demo: Lazy<DemoWorkspace>;
}

export function buildDemo(core: WorkspaceCore, inbox: Inbox): DemoWorkspace {
  return createDemoWorkspace({ inbox, startSimulator: core.options.demo?.startSimulator ?? startDemoSimulator, tenants: core.tenants });
}

export function buildPdf(core: WorkspaceCore): PdfService {
  const { options } = core;
  return workspacePdf({
    dataDir: core.dataDir,
    store: core.store,
    demo: core.demo,
    developerMode: core.developerMode,
    log: core.log,
    ...(options.pdfFetch ? { fetch: options.pdfFetch } : {}),
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
}

export function buildEngine(core: WorkspaceCore): SyncEngine {
  return createSyncEngine({
    ...core.options.engine,
    connectors: connectorFor,
    credentials: core.credentials.get(),
    cache: storeSyncCache(core.store),
    fetch: core.options.fetch ?? ((url, init) => fetch(url, init)),
    clock: core.clock,
    resolveBaseUrl: (account) => (account.demo ? core.demo.get().baseUrlFor(account.provider) : resolveBaseUrl(account)),
  });
}

/** The sync engine as the inbox holds it: built on the first sync or connection test. */
export function deferredEngine(engine: Lazy<SyncEngine>): SyncEngine {
  return {
    syncAccounts: (accounts, syncOptions) => engine.get().syncAccounts(accounts, syncOptions),
    testConnection: (account, secret, testOptions) => engine.get().testConnection(account, secret, testOptions),
  };
}

export function buildReminders(core: WorkspaceCore): ReminderService {
  const { events } = core;
  return openReminderService({
    store: core.store,
    clock: core.clock,
    zone: core.zone,
    user: core.user(),
    ...(core.options.notify ? { notify: core.options.notify } : {}),
    onChanged: (reason) => events.emit('remindersChanged', reason),
  });
}

export function buildMarks(core: WorkspaceCore): MarksService {
  const { events } = core;
  return new MarksService({
    store: core.store,
    clock: core.clock,
    zone: core.zone,
    calendar: () => core.calendar(),
    user: core.user(),
    onChanged: (reason) => (reason === 'annotations' ? events.emit('annotationsChanged') : events.emit('remindersChanged', reason)),
  });
}
