import type { AppInfo } from '../../src-shared/contract/app';
import type { InboxService } from '../core/app/types';
import type { DemoWorkspace } from '../core/demo/types';
import type { PdfService } from '../core/pdf/types';
import type { SettingsService } from '../core/settings/app-settings';
import type { CommandHandlers, EventSink } from './commands';
import type { reminderCommands } from '../../src-shared/contract/reminders';
import type { NetworkMonitor } from './network-monitor';

export interface LinkInfo {
  invoiceId: string;
  which: 'pay' | 'receipt';
}

/** Hands an allowed https URL to the user's browser (Electron: shell.openExternal; web: back to the page). */
export type LinkOpener = (url: string, info: LinkInfo) => Promise<void>;

export interface PdfFile {
  invoiceId: string;
  /** The cached copy on disk. */
  path: string;
  /** A file name to suggest ("INV-0305.pdf"), safe for every file system. */
  suggestedName: string;
}

/** Electron: a save dialog; web host: a copy under the data dir's downloads folder. */
export type SaveCopy = (file: PdfFile) => Promise<{ saved: boolean; path: string | null }>;
/** Electron: shell.openPath; web host: not available (false). */
export type OpenPdfExternally = (file: PdfFile) => Promise<boolean>;

export interface HostInfo {
  host: AppInfo['host'];
  version: string;
  tray: () => AppInfo['tray'];
}

/** The reminder commands: written by the reminders work (src-main/core/reminders) and passed in by each host. */
export type ReminderHandlers = Pick<CommandHandlers, keyof typeof reminderCommands & keyof CommandHandlers>;

export interface ServiceDeps {
  inbox: InboxService;
  pdf: PdfService;
  settings: SettingsService;
  /** Settings were changed here: tell every listener (windows, the tray) once. */
  settingsChanged: () => void;
  linkOpener: LinkOpener;
  saveCopy: SaveCopy;
  openPdfExternally: OpenPdfExternally;
  demo: DemoWorkspace;
  events: EventSink;
  network: NetworkMonitor;
  host: HostInfo;
  reminders: ReminderHandlers;
  /** Wall clock for the services' own limits (connection tests); default Date.now. */
  now?: () => number;
}
