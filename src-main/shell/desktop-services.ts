/**
 * The desktop app's services: the shared host services (src-main/services/host-services.ts) with the
 * Electron adapters passed in. No electron import here, so it runs under plain Node in tests with a
 * temporary data dir and an in-memory credential store.
 */
import type { AppSettings } from '../../src-shared/contract';
import type { CredentialStore } from '../core/credentials/types';
import type { Clock } from '../core/http/types';
import type { PlannedNotification } from '../core/reminders/notification-text';
import type { EventSink } from '../ipc/types';
import { createHostServices, type HostServices } from '../services/host-services';
import type { KeyValueStore, LinkOpener, OpenPdfExternally, SaveCopy, HostInfo } from '../services/types';

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
  /** `--developer-mode`: developer mode for this run (the setting itself is toggled from the menu). */
  developerMode?: boolean;
  clock?: Clock;
  log: (line: string) => void;
}

/** The command-line flags that ask for the demo workspace on an empty data dir. */
export function wantsDemo(argv: readonly string[]): boolean {
  return argv.includes('--demo') || argv.includes('--demo-if-empty');
}

export type DesktopServices = HostServices;

/** The shared host services with the Electron adapters and the desktop's host info. */
export function createDesktopServices(deps: DesktopServicesDeps): Promise<DesktopServices> {
  const { version, isOnline, tray, ...rest } = deps;
  return createHostServices({ ...rest, online: async () => isOnline(), host: { host: 'electron', version, tray } });
}
