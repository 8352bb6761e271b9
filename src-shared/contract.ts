/**
 * The one typed contract between the renderer and main. Main registers a handler per command and
 * parses every payload with the command's zod schema; the preload exposes one API object built from
 * these names; the renderer client takes its types from here. Channel names are `domain:verb`.
 */
import type { z } from 'zod';
import { accountCommands } from './contract/accounts';
import { appCommands, appEvents } from './contract/app';
import type { CommandDef, CommandResult, EventDef } from './contract/define';
import { exportCommands, exportEvents } from './contract/exports';
import { fileCommands, fileEvents } from './contract/files';
import { invoiceCommands } from './contract/invoices';
import { markCommands } from './contract/marks';
import { reminderCommands, reminderEvents } from './contract/reminders';
import { syncCommands, syncEvents } from './contract/sync';

export * from './contract/define';
export * from './contract/limits';
export type { AccountView, ConnectionTestResult } from './contract/accounts';
export type { InvoiceDetail, InvoiceHistoryEntry } from './contract/invoices';
/**
 * Parts of command results the renderer may name on their own (the detail pane's marks, note and
 * tags, a PDF's bytes): the contract's public surface, used or not yet.
 * @public
 */
export type { InvoiceMarkView, InvoiceNoteView, InvoiceTagView } from './contract/invoices';
export { NOTE_MAX_CHARS } from './contract/marks';
export { TAG_MAX } from './contract/invoices';
/** @public */
export type { PdfBytes } from './contract/files';
export { type ExportFinished, type ExportFormat, type ExportProgress, type ExportStarted } from './contract/exports';
export type { AppInfo, AppSettings, WorkspaceNotice } from './contract/app';
export type * from './contract/reminders';

export const commands = {
  ...accountCommands,
  ...invoiceCommands,
  ...markCommands,
  ...syncCommands,
  ...fileCommands,
  ...appCommands,
  ...reminderCommands,
  ...exportCommands,
};

export const events = {
  ...syncEvents,
  ...fileEvents,
  ...appEvents,
  ...reminderEvents,
  ...exportEvents,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type EventName = keyof typeof events;

/** What the caller passes (before zod defaults/trim). */
export type CommandArgs<K extends CommandName> = Commands[K] extends CommandDef<infer A, unknown> ? z.input<A> : never;
/** What the handler receives (after parsing). */
export type ParsedArgs<K extends CommandName> = Commands[K] extends CommandDef<infer A, unknown> ? z.output<A> : never;
export type CommandValue<K extends CommandName> = Commands[K] extends CommandDef<z.ZodType, infer R> ? R : never;
export type EventPayload<K extends EventName> = (typeof events)[K] extends EventDef<infer P> ? P : never;

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

/**
 * The API object the preload exposes as `window.invoiceInbox` (and the web host's browser
 * implementation provides identically). It never exposes ipcRenderer.
 */
export interface InvoiceInboxApi {
  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<CommandValue<K>>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /**
   * Web host only: fetches a finished export from the host (`ExportFinished.download.url`, with the
   * page's token) and hands it to the browser's downloads. The desktop app saves through its dialog.
   */
  download?(url: string, fileName: string): Promise<void>;
}

/** The global name the preload exposes the API under. */
export const API_GLOBAL = 'invoiceInbox';
