/**
 * The desktop app's services: the same core and command handlers the web host assembles
 * (src-main/web/host.ts), with the Electron adapters passed in. No electron import here, so it runs
 * under plain Node in tests with a temporary data dir and an in-memory credential store.
 */
import type { AppSettings } from '../../src-shared/contract';
import type { InboxService } from '../core/app/types';
import { createInboxService } from '../core/app/create-inbox';
import type { CredentialStore } from '../core/credentials/types';
import { createDemoWorkspace, DEMO_ACCOUNTS, DemoCredentialStore, startDemoSimulator, type DemoWorkspace } from '../core/demo';
import { systemClock, type Clock } from '../core/http/types';
import { createPdfService } from '../core/pdf';
import { followInbox, openFileReminderService, refreshReminders, type ReminderService } from '../core/reminders';
import type { PlannedNotification } from '../core/reminders/notification-text';
import type { CommandHandlers, EventSink } from '../ipc/types';
import { createCommandService, type CommandService } from '../services/handlers';
import { createNetworkMonitor, type NetworkMonitor } from '../services/network-monitor';
import { createReminderHandlers } from '../services/reminders-handlers';
import type { HostInfo, KeyValueStore, LinkOpener, OpenPdfExternally, SaveCopy } from '../services/types';

export interface DesktopServicesDeps {
  dataDir: string;
  version: string;
  events: EventSink;
  /** The OS keychain (KeytarCredentialStore); demo tokens never reach it. */
  credentials: CredentialStore;
  /** App settings (electron-store over `<dataDir>/settings.json`). */
  settings: KeyValueStore<AppSettings>;
  linkOpener: LinkOpener;
  saveCopy: SaveCopy;
  openPdfExternally: OpenPdfExternally;
  /** Electron's net.isOnline(). */
  isOnline: () => boolean;
  tray: HostInfo['tray'];
  /** Shows a reminder notification (Electron Notification); none when omitted. */
  notify?: (notification: PlannedNotification) => void;
  /** `--demo` / `--demo-if-empty` (npm start): start the demo workspace when there are no accounts. */
  demo?: boolean;
  clock?: Clock;
  log: (line: string) => void;
}

/** The command-line flags that ask for the demo workspace on an empty data dir. */
export function wantsDemo(argv: readonly string[]): boolean {
  return argv.includes('--demo') || argv.includes('--demo-if-empty');
}

export interface DesktopServices {
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

export async function createDesktopServices(deps: DesktopServicesDeps): Promise<DesktopServices> {
  const { dataDir, events, log } = deps;
  const clock = deps.clock ?? systemClock;
  const credentials = new DemoCredentialStore(deps.credentials, DEMO_ACCOUNTS.map((tenant) => tenant.secret));
  const inbox = await createInboxService({ dataDir, credentials, clock });
  const pdf = createPdfService({ dataDir });
  const demo = createDemoWorkspace({ inbox, credentials, pdf, startSimulator: startDemoSimulator, tenants: DEMO_ACCOUNTS });
  await demo.resume().catch(() => log('desktop: the demo workspace could not be resumed.'));

  const reminders = await openFileReminderService({
    dataDir,
    clock,
    ...(deps.notify ? { notify: deps.notify } : {}),
    onChanged: (reason) => events.emit('reminders:changed', { reason }),
  });
  const stopFollowing = followInbox(reminders, inbox, () => log('desktop: reminders could not be refreshed.'));
  await refreshReminders(reminders, inbox).catch(() => log('desktop: reminders could not be computed.'));

  const network = createNetworkMonitor({ events, probe: async () => deps.isOnline() });
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
    host: { host: 'electron', version: deps.version, tray: deps.tray },
  });
  network.start(NET_RECHECK_MS);
  if (deps.demo && inbox.listAccounts().length === 0) {
    // Before the window opens, so its first page already shows the synced demo inbox.
    await service.handlers['demo:start']({}).catch(() => log('desktop: the demo workspace could not start.'));
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
