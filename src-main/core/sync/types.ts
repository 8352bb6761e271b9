import type { Account, AccountSyncResult, ProviderId, SyncProgress } from '../../../src-shared/domain';
import type { CachedDigest, CommitOutcome, SyncCommit } from '../store/types';
import type { Connector } from '../connectors/types';
import type { CredentialStore } from '../credentials/types';
import type { BackoffOptions, RandomSource } from '../http/backoff';
import type { Clock, FetchLike } from '../http/types';

/** Where a sync reads what it knew and saves what it fetched (the workspace store; a fake in tests). */
export interface SyncCache {
  /** The cached invoices' digests for an incremental run; null when the account has never synced. */
  previous(accountId: string): CachedDigest[] | null;
  /** Saves one account's result in one transaction (see SyncCommit); throws when it cannot be written. */
  commit(commit: SyncCommit): CommitOutcome;
}

export interface SyncEngineDeps {
  connectors: (provider: ProviderId) => Connector;
  credentials: CredentialStore;
  cache: SyncCache;
  fetch: FetchLike;
  clock: Clock;
  /** [0, 1) source for backoff jitter. Default Math.random. */
  random?: RandomSource;
  /** Accounts synced at once. Default 5. */
  accountConcurrency?: number;
  /** Pages of one page-numbered account fetched at once. Default 6. */
  pageConcurrency?: number;
  /** Per request attempt. Default 30 s. */
  requestTimeoutMs?: number;
  /** A list longer than this many pages is refused. Default 5000. */
  maxPages?: number;
  /** Attempts per page, the first included. Default 5. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Decoded bytes one page's body may have. Default 16 MB; tests lower it. */
  maxResponseBytes?: number;
  /**
   * The account's API base URL without trailing slash (override or provider default; a demo account's
   * is this process's simulator); throws a UserFacingError of kind config when there is none.
   */
  resolveBaseUrl(account: Account): string | Promise<string>;
}

export interface SyncOptions {
  /** Refetch every page even when the account has synced before. */
  full?: boolean;
  signal?: AbortSignal;
  /** After each page of each account. */
  onProgress?: (progress: SyncProgress) => void;
  /** As soon as one account finishes (ok or not), before the others. */
  onAccountDone?: (result: AccountSyncResult) => void;
}

export interface SyncEngine {
  /** Syncs accounts concurrently (bounded); resolves with one result per account, in input order. Never rejects. */
  syncAccounts(accounts: Account[], options?: SyncOptions): Promise<AccountSyncResult[]>;
  /** Fetches the first page only with the given secret; saves nothing. */
  testConnection(account: Account, secret: string, options?: { signal?: AbortSignal }): Promise<AccountSyncResult>;
}

export const ENGINE_DEFAULTS = {
  accountConcurrency: 5,
  pageConcurrency: 6,
  requestTimeoutMs: 30_000,
  maxPages: 5000,
  maxAttempts: 5,
} as const;
