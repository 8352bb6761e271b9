import type { SyncErrorInfo } from '../../../src-shared/domain';
import { UserFacingError } from '../errors';

/**
 * The errors the HTTP layer raises itself. Messages are written for a finance user; `detail` is for
 * developers. Neither ever holds a header, a URL query or a secret.
 */

export function networkError(providerName: string, pageLabel: string, cause: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'network',
      message: `Could not reach ${providerName}: check your internet connection; your cached invoices are still shown.`,
      action: 'retry',
    },
    `${providerName} ${pageLabel}: network error (${cause})`,
  );
}

export function timeoutError(providerName: string, pageLabel: string, timeoutMs: number): UserFacingError {
  const seconds = Math.round(timeoutMs / 1000);
  return new UserFacingError(
    {
      kind: 'network',
      message: `${providerName} did not answer within ${seconds} seconds (timed out on ${pageLabel}): check your internet connection or try again later; your cached invoices are still shown.`,
      action: 'retry',
    },
    `${providerName} ${pageLabel}: timeout after ${timeoutMs} ms`,
  );
}

export function cancelledError(providerName: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'cancelled',
      message: `Sync with ${providerName} was cancelled. Nothing from it was saved; your cached invoices are still shown.`,
      action: 'none',
    },
    `${providerName}: cancelled`,
  );
}

export function invalidJsonError(providerName: string, pageLabel: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} sent a response we could not read (${pageLabel}: the body is not valid JSON). Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${pageLabel}: body is not valid JSON`,
  );
}

export function unreadablePageError(providerName: string, pageLabel: string, problem: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} sent a response we could not read (${pageLabel}). Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${pageLabel}: ${problem}`,
  );
}

export function redirectRefusedError(providerName: string, pageLabel: string, host: string): UserFacingError {
  return new UserFacingError(
    {
      kind: 'config',
      message: `${providerName} sent the request on to another site (${host}), so it was not followed: your credential goes only to ${providerName}'s own address. Check the account's address, or contact ${providerName} if it persists. Nothing from this sync was saved; your last synced invoices are kept.`,
      action: 'check_base_url',
    },
    `${providerName} ${pageLabel}: redirect to another origin refused (${host})`,
  );
}

export function responseTooLargeError(providerName: string, pageLabel: string, maxBytes: number): UserFacingError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new UserFacingError(
    {
      kind: 'bad_response',
      message: `${providerName} sent a page larger than ${mb} MB (${pageLabel}), so it was not read. Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact ${providerName} if it persists.`,
      action: 'contact_provider',
    },
    `${providerName} ${pageLabel}: body over ${maxBytes} bytes (decoded)`,
  );
}

/**
 * A classified HTTP error, with the moment it is worth retrying when the provider said so. Our own
 * reading of Retry-After (against the clock at the time of the response) wins over the connector's.
 */
export function httpError(info: SyncErrorInfo, providerName: string, pageLabel: string, status: number, retryAtIso: string | null): UserFacingError {
  const withRetry: SyncErrorInfo = retryAtIso !== null ? { ...info, retryAfter: retryAtIso } : info;
  return new UserFacingError(withRetry, `${providerName} ${pageLabel}: HTTP ${status}`);
}

/** A short, secret-free description of a thrown network error: its code and message only. */
export function describeNetworkCause(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const parts: string[] = [error.name];
  const cause: unknown = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') parts.push(code);
    parts.push(cause.message);
  } else {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') parts.push(code);
  }
  parts.push(error.message);
  // Never echo anything that looks like a URL (its query could carry identifiers).
  return parts.join(': ').replace(/\bhttps?:\/\/\S+/g, '<url>').slice(0, 300);
}
