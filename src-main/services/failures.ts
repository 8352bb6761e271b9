import { AccountValidationError } from '../core/accounts/account-validation';
import { isPdfError, type PdfErrorKind } from '../core/pdf/errors';
import { CommandFailure } from '../ipc/dispatch';
import type { CommandErrorCode } from '../../src-shared/contract';

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

/**
 * Turns the core's errors into typed command errors whose message is already written for the user.
 * The keychain's errors are SyncErrors too, so they are recognised by name before dispatch's
 * generic SyncError mapping would call them 'failed'.
 */
export function asCommandFailure(error: unknown): unknown {
  if (error instanceof CommandFailure) return error;
  if (isPdfError(error)) return new CommandFailure(PDF_CODES[error.kind], error.message);
  if (error instanceof Error && error.name === 'KeychainUnavailableError') return new CommandFailure('keychain_unavailable', error.message);
  if (error instanceof AccountValidationError) return new CommandFailure(error.field === 'id' ? 'not_found' : 'invalid_args', error.message, error.field);
  return error;
}

/** Runs `work`, rethrowing core errors as CommandFailure. */
export async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asCommandFailure(error);
  }
}
