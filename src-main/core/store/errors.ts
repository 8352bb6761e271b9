import { UserFacingError } from '../errors';

/** The workspace database cannot be used as it is; the message says what the user can do. */
export class WorkspaceError extends UserFacingError {
  constructor(message: string, detail?: string) {
    super({ kind: 'storage', message, action: 'none' }, detail);
    this.name = 'WorkspaceError';
  }
}

/** SQLite's error code (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FULL, ...) when there is one. */
export function sqliteCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

export function isDamageError(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

export interface StorageFailure {
  /** What went wrong, as a clause: "the disk is full". */
  reason: string;
  /** What the user can do about it, as a sentence (without "try again"). */
  remedy: string;
  /** Freeing disk space fixes it. */
  diskFull: boolean;
}

/** A failed write in words a user can act on (never raw errno or SQLite codes). */
export function storageFailure(error: unknown): StorageFailure {
  const code = sqliteCode(error) ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { reason: 'the disk is full', remedy: 'Free some space on the disk.', diskFull: true };
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { reason: 'Invoice Inbox may not write to its data folder', remedy: 'Check that the data folder is yours and not read-only.', diskFull: false };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { reason: 'another Invoice Inbox window or command kept the workspace busy', remedy: 'Wait a moment.', diskFull: false };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return { reason: 'the disk reported an error', remedy: 'Check the disk or network drive.', diskFull: false };
  if (isDamageError(error)) {
    return { reason: 'the workspace database is damaged', remedy: 'Restart Invoice Inbox: it sets the damaged file aside and tells you what to do.', diskFull: false };
  }
  return { reason: 'of an unexpected storage error', remedy: 'If it happens again, restart Invoice Inbox.', diskFull: false };
}
