import { sqliteCode, storageFailure } from '../store/errors';
import { UserFacingError } from '../errors';

/** Errors the sync engine raises itself (the HTTP layer has its own in core/http/failures.ts). */

export function noCredentialError(label: string): UserFacingError {
  return new UserFacingError({ kind: 'auth', message: `No credential stored for ${label}: enter it again.`, action: 'reenter_credential' }, `no credential for ${label}`);
}

export function credentialUnreadableError(label: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'auth',
      message: `Could not read the credential for ${label} from the system keychain: unlock the keychain, or enter the credential again.`,
      action: 'reenter_credential',
    },
    `keychain read failed for ${label}`,
  );
}

/** The store could not save an account's sync (disk full, read-only folder, busy, damaged). */
export function storageError(label: string, cause: unknown): UserFacingError {
  const failure = storageFailure(cause);
  return new UserFacingError(
    {
      kind: 'storage',
      message: `Could not save invoices for ${label}: ${failure.reason}. ${failure.remedy.replace(/\.$/, '')}, then sync again; your previous invoices are kept.`,
      action: failure.diskFull ? 'free_disk' : 'retry',
    },
    `save failed for ${label}: ${sqliteCode(cause) ?? (cause instanceof Error ? cause.message : String(cause))}`,
  );
}

export function repeatedCursorError(providerName: string, pageLabel: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} sent the same page twice (cursor repeated); sync stopped to avoid an endless loop. Nothing from this sync was saved; your last synced invoices are kept. Contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${pageLabel}: next cursor was already used`,
  );
}

export function pageCapError(providerName: string, maxPages: number): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} kept sending more pages after ${maxPages} pages; sync stopped. Nothing from this sync was saved; your last synced invoices are kept. Contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName}: more than ${maxPages} pages`,
  );
}

export function setupError(label: string, cause: string): UserFacingError {
  return new UserFacingError(
    { kind: 'config', message: `${label} cannot be synced: its settings are incomplete (${cause}). Check the account's settings.`, action: 'check_base_url' },
    `${label}: ${cause}`,
  );
}

export function unexpectedError(label: string, cause: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `Something unexpected went wrong while syncing ${label}. Nothing from this sync was saved; your last synced invoices are kept. Try again.`,
      action: 'retry',
    },
    `${label}: ${cause}`,
  );
}

const KEPT = 'the sync was stopped and your last good invoices are kept';

/** A page-numbered provider answered with another page than the one asked for (it ignores `?page=`). */
export function wrongPageError(providerName: string, requested: number, reported: number): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} returned page ${reported} when page ${requested} was asked for; ${KEPT}. Sync again later; if it persists, contact ${providerName}.`,
      action: 'contact_provider',
    },
    `${providerName} page ${requested}: meta says page ${reported}`,
  );
}

/** The invoice count or page count a page-numbered provider reports changed between pages. */
export function inconsistentListError(providerName: string, what: 'invoices' | 'pages', first: number, pageNumber: number, later: number): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} changed how many ${what} it has while Invoice Inbox read them (page 1 said ${first}, page ${pageNumber} said ${later}); ${KEPT}. Sync again; if it persists, contact ${providerName}.`,
      action: 'retry',
    },
    `${providerName} page ${pageNumber}: ${what} ${later}, page 1 said ${first}`,
  );
}

/** Every page was read, but the distinct invoices do not add up to the total the provider reported. */
export function countMismatchError(providerName: string, total: number, distinct: number): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} said it has ${total} invoices but its pages held ${distinct} different ones; ${KEPT}. Sync again; if it persists, contact ${providerName}.`,
      action: 'contact_provider',
    },
    `${providerName}: total ${total}, distinct ${distinct}`,
  );
}
