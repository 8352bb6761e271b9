import type { Account } from '../../../src-shared/domain';
import { providerName } from '../../../src-shared/domain';
import type { CachedDigest } from '../store/types';
import type { Connector, ConnectorContext } from '../connectors/types';
import { isUserFacingError, type UserFacingError } from '../errors';
import { cancelledError } from '../http/failures';
import { credentialUnreadableError, noCredentialError, setupError, unexpectedError } from './messages';
import type { SyncEngineDeps } from './types';

/** What an account run needs before its first request. */
export interface AccountSetup {
  connector: Connector;
  ctx: ConnectorContext;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The account's provider connector; a provider without one is a setup error naming the account. */
function accountConnector(deps: SyncEngineDeps, account: Account): Connector {
  try {
    return deps.connectors(account.provider);
  } catch (error) {
    if (isUserFacingError(error)) throw error;
    throw setupError(account.label, `no connector for ${account.provider}: ${messageOf(error)}`);
  }
}

async function resolveBase(deps: SyncEngineDeps, account: Account): Promise<string> {
  try {
    return (await deps.resolveBaseUrl(account)).replace(/\/+$/, '');
  } catch (error) {
    if (isUserFacingError(error)) throw error;
    throw setupError(account.label, messageOf(error));
  }
}

/** The stored secret; a missing one or an unreadable keychain is an auth error the user can fix. */
async function readSecret(deps: SyncEngineDeps, account: Account): Promise<string> {
  let secret: string | null;
  try {
    secret = await deps.credentials.get(account.id);
  } catch {
    throw credentialUnreadableError(account.label);
  }
  if (secret === null || secret === '') throw noCredentialError(account.label);
  return secret;
}

/** Builds the connector context for one run; `secret` given (test connection) or read from the store. */
export async function setUpAccount(deps: SyncEngineDeps, account: Account, secret?: string): Promise<AccountSetup> {
  const connector = accountConnector(deps, account);
  const baseUrl = await resolveBase(deps, account);
  if (secret !== undefined && secret.trim() === '') throw noCredentialError(account.label);
  const resolvedSecret = secret ?? (await readSecret(deps, account));
  return { connector, ctx: { account, baseUrl, secret: resolvedSecret, nowMs: deps.clock.now() } };
}

/** What the account's last sync left (for an incremental run), or null when there is none or it cannot be read. */
export function loadPrevious(deps: SyncEngineDeps, account: Account): CachedDigest[] | null {
  try {
    return deps.cache.previous(account.id);
  } catch {
    return null;
  }
}

/** Any failure as a UserFacingError; everything after a user cancel counts as 'cancelled'. */
export function toSyncError(error: unknown, account: Account, userSignal: AbortSignal | undefined): UserFacingError {
  if (userSignal?.aborted) return cancelledError(providerName(account.provider));
  if (isUserFacingError(error)) return error;
  return unexpectedError(account.label, messageOf(error));
}
