/**
 * THE error table: every failure a command can end with becomes a CommandError here, once, at the door
 * (dispatch() for Electron's IPC and the web host alike; the CLI and the desktop's start-up dialog take
 * their sentences from userMessage()). Services throw what they have (a core error, a Node errno, a
 * SQLite code, a CommandFailure); nothing else translates errors, and no raw errno or SQLite text, stack
 * or secret reaches a user.
 */
import type { CommandError, CommandErrorCode, CommandName } from '../../src-shared/contract';
import { AccountValidationError } from '../core/accounts/account-validation';
import { KeychainUnavailableError } from '../core/credentials/keychain-errors';
import { isUserFacingError } from '../core/errors';
import { isPdfError, type PdfErrorKind } from '../core/pdf/errors';
import { ReminderInputError } from '../core/reminders/preferences';
import { storageFailure, type StorageFailure } from '../core/store/errors';

/** A refusal a service words itself (not found, too many tests...), with its contract code. */
export class CommandFailure extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommandFailure';
  }
}

const PDF_CODES: Record<PdfErrorKind, CommandErrorCode> = {
  no_pdf: 'not_found',
  refused_url: 'failed',
  refused_address: 'failed',
  not_pdf: 'failed',
  too_large: 'failed',
  http_status: 'failed',
  network: 'offline',
  timeout: 'offline',
  storage: 'failed',
};

/** File-system errors the store's own table (storageFailure) has no words for. */
const FOLDER_ERRNO: Record<string, StorageFailure> = {
  ENOTDIR: { reason: 'its data folder is not a folder', remedy: 'Check the data folder setting (INVOICE_INBOX_DATA_DIR or --data-dir).', diskFull: false },
  EISDIR: { reason: 'a folder is in the way of one of its files', remedy: 'Check the data folder for a folder it did not create.', diskFull: false },
  ENOENT: { reason: 'its data folder is missing', remedy: 'Check that the data folder (or the drive it is on) is still there.', diskFull: false },
  EDQUOT: { reason: 'your disk quota is used up', remedy: 'Free some space in your disk quota.', diskFull: true },
  EMFILE: { reason: 'too many files are open', remedy: 'Close some programs.', diskFull: false },
  ENFILE: { reason: 'too many files are open', remedy: 'Close some programs.', diskFull: false },
  ENAMETOOLONG: { reason: 'the path of its data folder is too long', remedy: 'Move the data folder to a shorter path.', diskFull: false },
  EBUSY: { reason: 'a file it needs is in use by another program', remedy: 'Close the program that uses it.', diskFull: false },
};

/** Reads that only look: their storage failures do not say "nothing was changed". */
const READS: ReadonlySet<CommandName> = new Set<CommandName>([
  'accounts:list',
  'invoices:query',
  'invoices:get',
  'invoices:locate',
  'invoices:facets',
  'sync:status',
  'app:info',
  'settings:get',
  'reminders:list',
  'reminders:getPreferences',
]);

export const UNEXPECTED_MESSAGE = 'That did not work. Try again; if it keeps happening, restart Invoice Inbox.';

/** A Node errno (ENOSPC, EACCES...) or SQLite code (SQLITE_FULL...) carried by the error, if any. */
export function storageCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  return /^(SQLITE_[A-Z_]+|E[A-Z]+)$/.test(error.code) ? error.code : null;
}

/** A storage failure in words: what the user was doing, why it failed, what to do. */
export function storageMessage(error: unknown, command?: CommandName): string {
  const code = storageCode(error) ?? '';
  const failure = FOLDER_ERRNO[code] ?? storageFailure(error);
  const read = command !== undefined && READS.has(command);
  const what = read ? 'Invoice Inbox could not read its workspace' : 'Your change could not be saved';
  return `${what} because ${failure.reason}. ${failure.remedy} Then try again.${read ? '' : ' Nothing was changed.'}`;
}

/** The table: any thrown value to the code and the sentence the user sees. */
export function toCommandError(error: unknown, command?: CommandName): CommandError {
  if (error instanceof CommandFailure) return { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) };
  // Subclasses of UserFacingError first: they carry a more precise code than the general case.
  if (error instanceof AccountValidationError) return { code: error.field === 'id' ? 'not_found' : 'invalid_args', message: error.message, field: error.field };
  if (error instanceof KeychainUnavailableError) return { code: 'keychain_unavailable', message: error.message };
  if (isUserFacingError(error)) return { code: error.kind === 'network' ? 'offline' : 'failed', message: error.info.message };
  if (error instanceof ReminderInputError) return { code: 'invalid_args', message: error.message };
  if (isPdfError(error)) return { code: PDF_CODES[error.kind], message: error.message };
  if (storageCode(error) !== null) return { code: 'failed', message: storageMessage(error, command) };
  return { code: 'failed', message: UNEXPECTED_MESSAGE };
}

/** The sentence for a user who is not behind the contract (the CLI, the desktop's start-up dialog). */
export function userMessage(error: unknown): string {
  return toCommandError(error).message;
}

/**
 * True when the table had no words for the error: a bug or a case worth a log line for developers.
 * `failure`: the error as the table put it (toCommandError).
 */
export function isUnexpected(error: unknown, failure: CommandError): boolean {
  return failure.message === UNEXPECTED_MESSAGE && !(error instanceof CommandFailure);
}
