/**
 * The command service as the desktop app and the web host serve it: the workspace (openWorkspace: the
 * one composition of the core every host uses), the one event tap every event passes, the network
 * monitor, the sync scheduler (the one owner of automatic syncs, sync on start included) and every
 * command's handler, with the host's adapters passed in (links, save copy, PDF viewer, online probe,
 * tray info). No electron import: runs under plain Node.
 */
import type { CredentialStore } from '../core/credentials/types';
import { systemClock, type Clock } from '../core/http/types';
import type { PlannedNotification } from '../core/reminders/notification-text';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../core/workspace/open-workspace';
import type { CommandHandlers, EventSink } from './commands';
import { createEventTap, type EventTap } from './event-tap';
import { createCommandService, type CommandService } from './handlers';
import { createNetworkMonitor, type NetworkMonitor, type NetworkProbe } from './network-monitor';
import { createReminderHandlers } from './reminders-handlers';
import { DEFAULT_SYNC_INTERVAL_MINUTES, SyncScheduler } from './sync-scheduler';
import { CommandFailure } from './failures';
import type { ChooseExportTarget, HostInfo, LinkOpener, OpenPdfExternally, SaveCopy, SavePrintedPdf } from './types';

export interface HostServicesDeps {
  dataDir: string;
  /** Where events go (the app's windows, the web host's streams); every event passes the tap first. */
  events: EventSink;
  /** The OS keychain (KeytarCredentialStore); demo accounts never reach it. */
  credentials: CredentialStore;
  linkOpener: LinkOpener;
  saveCopy: SaveCopy;
  openPdfExternally: OpenPdfExternally;
  /** Where exports go (Electron: the save dialog; web host: downloads the page fetches). Default: exports refused. */
  chooseExportTarget?: ChooseExportTarget;
  /** "Save as PDF" of the print page (Electron: printToPDF). Default: refused (the browser prints). */
  savePrintedPdf?: SavePrintedPdf;
  /** Whether the providers can be reached (Electron: net.isOnline(); web host: a reachability probe). */
  online: NetworkProbe;
  host: HostInfo;
  /** Shows a reminder notification; none when omitted (the web host). */
  notify?: (notification: PlannedNotification) => void;
  /** Start the demo workspace when there are no accounts (`--demo`, `--demo-if-empty`). */
  demo?: boolean;
  /** `--developer-mode` on the host's command line: developer mode for this run, whatever the setting says. */
  developerMode?: boolean;
  /** Automatic syncs (on start, every interval, new accounts); default on. Tests turn it off. */
  automaticSync?: boolean;
  clock?: Clock;
  /** Test seams of the workspace (fetch, simulator, engine tuning, watch interval). */
  workspace?: Omit<WorkspaceOptions, 'credentials' | 'clock' | 'notify' | 'log'>;
  /** Problems worth a line on stderr; never secrets. */
  log: (line: string) => void;
}

export interface HostServices {
  handlers: CommandHandlers;
  service: CommandService;
  workspace: Workspace;
  network: NetworkMonitor;
  /** The one event tap: main's own listeners (tray, theme, login item) listen here. */
  events: EventTap;
  scheduler: SyncScheduler;
  /** Stops timers, cancels a running sync, waits for it, stops the demo and closes the workspace. */
  close(): Promise<void>;
}

const NET_RECHECK_MS = 30_000;

const noExports: ChooseExportTarget = async () => {
  throw new CommandFailure('failed', 'Exports are not available here. Use the Invoice Inbox desktop app to export.');
};

/** Where the page prints itself: the browser's print dialog saves PDFs. */
export const browserPrints: SavePrintedPdf = async () => {
  throw new CommandFailure('failed', 'Use Print and choose "Save as PDF" in your browser\'s print dialog.');
};

export async function createHostServices(deps: HostServicesDeps): Promise<HostServices> {
  const { log } = deps;
  const events = createEventTap(deps.events, (error) => log(`event listener: ${error instanceof Error ? error.message : String(error)}`));
  const workspace = await openWorkspace(deps.dataDir, {
    ...deps.workspace,
    credentials: deps.credentials,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.notify ? { notify: deps.notify } : {}),
    ...(deps.developerMode ? { developerMode: true } : {}),
    log,
  });
  const { inbox, reminders, demo, settings, pdf } = workspace;
  const unsubscribe = [
    workspace.on('remindersChanged', (reason) => {
      events.emit('reminders:changed', { reason });
      // What the user said about an invoice shows in the inbox too (chips, totals).
      if (reason !== 'recompute' && reason !== 'pause' && reason !== 'preferences') events.emit('inbox:changed', { reason: 'marks' });
    }),
    workspace.on('annotationsChanged', () => events.emit('inbox:changed', { reason: 'marks' })),
    workspace.on('settingsChanged', (next) => events.emit('settings:changed', next)),
    // What another window, the CLI or a script wrote reaches this host's windows within the watch interval.
    inbox.on('inboxChanged', (reason) => {
      if (reason === 'external') events.emit('inbox:changed', { reason: 'external' });
    }),
  ];
  await reminders.recompute().catch(() => log(`${deps.host.host}: reminders could not be computed.`));

  const network = createNetworkMonitor({ events, probe: deps.online });
  const service = createCommandService({
    inbox,
    pdf,
    demo,
    network,
    events,
    settings,
    settingsChanged: () => workspace.settingsChanged(),
    linkOpener: deps.linkOpener,
    saveCopy: deps.saveCopy,
    openPdfExternally: deps.openPdfExternally,
    chooseExportTarget: deps.chooseExportTarget ?? noExports,
    savePrintedPdf: deps.savePrintedPdf ?? browserPrints,
    reminders: createReminderHandlers({ reminders, inbox }),
    marks: workspace.marks,
    host: deps.host,
    ...(deps.clock ? { now: () => deps.clock?.now() ?? Date.now() } : {}),
  });
  network.start(NET_RECHECK_MS);
  let demoSynced = false;
  if (deps.demo && inbox.listAccounts().length === 0) {
    // Before the window opens or the URL is printed, so the first page already shows the synced demo inbox.
    demoSynced = await service.handlers['demo:start']({}).then(
      () => true,
      () => {
        log(`${deps.host.host}: the demo workspace could not start.`);
        return false;
      },
    );
  }
  const scheduler = new SyncScheduler({
    clock: deps.clock ?? systemClock,
    run: (request) => service.sync.run(request),
    accounts: () => inbox.syncStates(),
    intervalMinutes: () => settings.get().syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES,
    online: () => network.online(),
    log,
  });
  const unfollow = scheduler.follow(events);
  if (deps.automaticSync !== false) scheduler.start({ syncNow: !demoSynced });

  let closing: Promise<void> | null = null;
  return {
    handlers: service.handlers,
    service,
    workspace,
    network,
    events,
    scheduler,
    close: () =>
      (closing ??= (async () => {
        scheduler.stop();
        unfollow();
        network.stop();
        for (const off of unsubscribe) off();
        service.dispose();
        await service.sync.idle();
        await service.exports.idle();
        await workspace.close();
      })()),
  };
}
