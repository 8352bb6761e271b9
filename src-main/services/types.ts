import type { AppInfo } from '../../src-shared/contract/app';
import type { InboxService } from '../core/app/types';
import type { DemoWorkspace } from '../core/demo/types';
import type { MarksService } from '../core/marks/marks-service';
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

/** What kind of file an export or a printed document is. */
export type OutputKind = 'csv' | 'xlsx' | 'zip' | 'pdf';

/** Where an export is written: chosen before it starts, filled in the background. */
export interface ExportTarget {
  /** Where the file is written while it is made (beside where it goes, never under its final name). */
  tempPath: string;
  /** Moves the finished file into place: where it is, and (web host) where the page fetches it. */
  commit(): Promise<{ path: string | null; download: { url: string; fileName: string } | null }>;
  /** Removes what was written (cancelled, failed, or nothing to save). */
  discard(): Promise<void>;
}

/** Electron: the save dialog (null when the user cancels it); web host: a new file under the data dir's downloads folder. */
export type ChooseExportTarget = (request: { suggestedName: string; kind: OutputKind }) => Promise<ExportTarget | null>;

/** Electron: prints the window (its print page) to PDF and saves it where the user chooses; web host: not available. */
export type SavePrintedPdf = (request: { suggestedName: string }) => Promise<{ saved: boolean; path: string | null }>;

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
  chooseExportTarget: ChooseExportTarget;
  savePrintedPdf: SavePrintedPdf;
  demo: DemoWorkspace;
  events: EventSink;
  network: NetworkMonitor;
  host: HostInfo;
  reminders: ReminderHandlers;
  /** Marks, notes and tags on one invoice or many. */
  marks: Pick<MarksService, 'apply' | 'undo' | 'setNote'>;
  /** Wall clock for the services' own limits (connection tests); default Date.now. */
  now?: () => number;
}
