import type { SyncErrorInfo, SyncErrorKind } from '../../src-shared/domain';

/**
 * The base of every error whose message is written for the user: the core throws it (and its
 * subclasses: AccountValidationError, KeychainUnavailableError, WorkspaceError...) for anything a user
 * must act on. `info.message` is written for a finance user and never holds a secret; `kind` and
 * `info.action` say what helps; `detail` is for developers (provider, page, field, status). The hosts
 * turn it into a command error in one place (src-main/services/failures.ts).
 */
export class UserFacingError extends Error {
  readonly info: SyncErrorInfo;
  readonly detail: string | undefined;

  constructor(info: SyncErrorInfo, detail?: string) {
    super(info.message);
    this.name = 'UserFacingError';
    this.info = info;
    this.detail = detail;
  }

  get kind(): SyncErrorKind {
    return this.info.kind;
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError;
}

/** A response that does not fit the provider's schema: names the provider, the page and the field. */
export function badResponse(providerName: string, page: string, field: string, problem: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} sent a response we could not read (${page}, field "${field}": ${problem}). Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${page} ${field}: ${problem}`,
  );
}

export function configError(message: string): UserFacingError {
  return new UserFacingError({ kind: 'config', message, action: 'check_base_url' });
}
