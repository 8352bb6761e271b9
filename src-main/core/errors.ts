import type { SyncErrorInfo, SyncErrorKind } from '../../src-shared/domain';

/**
 * The one error type the core throws for anything a user must act on. `info.message` is written for a
 * finance user and never holds a secret; `detail` is for developers (provider, page, field, status).
 */
export class SyncError extends Error {
  readonly info: SyncErrorInfo;
  readonly detail: string | undefined;

  constructor(info: SyncErrorInfo, detail?: string) {
    super(info.message);
    this.name = 'SyncError';
    this.info = info;
    this.detail = detail;
  }

  get kind(): SyncErrorKind {
    return this.info.kind;
  }
}

export function isSyncError(error: unknown): error is SyncError {
  return error instanceof SyncError;
}

/** A response that does not fit the provider's schema: names the provider, the page and the field. */
export function badResponse(providerName: string, page: string, field: string, problem: string): SyncError {
  return new SyncError(
    {
      kind: 'bad_response',
      message: `${providerName} sent a response we could not read (${page}, field "${field}": ${problem}). Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${page} ${field}: ${problem}`,
  );
}

export function configError(message: string): SyncError {
  return new SyncError({ kind: 'config', message, action: 'check_base_url' });
}
