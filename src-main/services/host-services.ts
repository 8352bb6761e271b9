/**
 * The core and command handlers as every host assembles them (the desktop app and the web host):
 * keychain behind the demo-token wrapper, inbox, PDF cache, demo workspace, reminders following the
 * inbox, network monitor and the command service. Hosts pass their adapters (links, save copy, PDF
 * viewer, settings store, online probe, tray info). No electron import: runs under plain Node.
 */
import type { AppSettings } from '../../src-shared/contract';
import { createInboxService } from '../core/app/create-inbox';
import { readSettings } from './settings';
import type { InboxService } from '../core/app/types';
import type { CredentialStore } from '../core/credentials/types';
import { createDemoWorkspace, DEMO_ACCOUNTS, DemoCredentialStore, startDemoSimulator, type DemoWorkspace } from '../core/demo';
import { systemClock, type Clock } from '../core/http/types';
import { createPdfService } from '../core/pdf';
import { followInbox, openFileReminderService, refreshReminders, type ReminderService } from '../core/reminders';
import type { PlannedNotification } from '../core/reminders/notification-text';
import type { CommandHandlers, EventSink } from '../ipc/types';
import { createCommandService, type CommandService } from './handlers';
import { createNetworkMonitor, type NetworkMonitor, type NetworkProbe } from './network-monitor';
import { createReminderHandlers } from './reminders-handlers';
import type { HostInfo, KeyValueStore, LinkOpener, OpenPdfExternally, SaveCopy } from './types';

export interface HostServicesDeps {
  dataDir: string;
  events: EventSink;
  /** The OS keychain (KeytarCredentialStore); demo tokens never reach it. */
  credentials: CredentialStore;
  settings: KeyValueStore<AppSettings>;
  linkOpener: LinkOpener;
  saveCopy: SaveCopy;
  openPdfExternally: OpenPdfExternally;
  /** Whether the providers can be reached (Electron: net.isOnline(); web host: a reachability probe). */
  online: NetworkProbe;
  host: HostInfo;
  /** Shows a reminder notification; none when omitted (the web host). */
  notify?: (notification: PlannedNotification) => void;
  /** Start the demo workspace when there are no accounts (`--demo`, `--demo-if-empty`). */
  demo?: boolean;
  /** `--developer-mode` on the host's command line: developer mode for this run, whatever the setting says. */
  developerMode?: boolean;
  clock?: Clock;
  /** Problems worth a line on stderr; never secrets. */
  log: (line: string) => void;
}

export interface HostServices {
  handlers: CommandHandlers;
  service: CommandService;
  inbox: InboxService;
  reminders: ReminderService;
  network: NetworkMonitor;
  demo: DemoWorkspace;
  /** Stops timers, cancels a running sync, waits for it and stops the demo simulator. */
  close(): Promise<void>;
}

const NET_RECHECK_MS = 30_000;

export async function createHostServices(deps: HostServicesDeps): Promise<HostServices> {
  const { dataDir, events, log } = deps;
  const clock = deps.clock ?? systemClock;
  const credentials = new DemoCredentialStore(deps.credentials, DEMO_ACCOUNTS.map((tenant) => tenant.secret));
  const developerMode = (): boolean => deps.developerMode === true || readSettings(deps.settings).developerMode === true;
  const inbox = await createInboxService({ dataDir, credentials, clock, developerMode });
  const pdf = createPdfService({ dataDir, developerMode, accountOf: (accountId) => inbox.listAccounts().find((account) => account.id === accountId) ?? null });
  const demo = createDemoWorkspace({ inbox, credentials, pdf, startSimulator: startDemoSimulator, tenants: DEMO_ACCOUNTS });
  await demo.resume().catch(() => log(`${deps.host.host}: the demo workspace could not be resumed.`));

  const reminders = await openFileReminderService({
    dataDir,
    clock,
    ...(deps.notify ? { notify: deps.notify } : {}),
    onChanged: (reason) => events.emit('reminders:changed', { reason }),
  });
  const stopFollowing = followInbox(reminders, inbox, () => log(`${deps.host.host}: reminders could not be refreshed.`));
  await refreshReminders(reminders, inbox).catch(() => log(`${deps.host.host}: reminders could not be computed.`));

  const network = createNetworkMonitor({ events, probe: deps.online });
  const service = createCommandService({
    inbox,
    pdf,
    demo,
    network,
    events,
    settings: deps.settings,
    linkOpener: deps.linkOpener,
    saveCopy: deps.saveCopy,
    openPdfExternally: deps.openPdfExternally,
    reminders: createReminderHandlers({ reminders, inbox }),
    host: deps.host,
  });
  network.start(NET_RECHECK_MS);
  if (deps.demo && inbox.listAccounts().length === 0) {
    // Before the window opens or the URL is printed, so the first page already shows the synced demo inbox.
    await service.handlers['demo:start']({}).catch(() => log(`${deps.host.host}: the demo workspace could not start.`));
  } else if (demo.isActive()) {
    // The demo's simulator restarted on a new port: refresh its invoices (PDF links carry the port).
    service.sync.start({});
  }

  let closing: Promise<void> | null = null;
  return {
    handlers: service.handlers,
    service,
    inbox,
    reminders,
    network,
    demo,
    close: () =>
      (closing ??= (async () => {
        network.stop();
        stopFollowing();
        service.dispose();
        await service.sync.idle();
        await demo.close();
      })()),
  };
}
