/** Why a sync failed, in classes the UI can act on. */
export const SYNC_ERROR_KINDS = ['auth', 'rate_limited', 'network', 'server', 'bad_response', 'config', 'cancelled', 'storage'] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export interface SyncErrorInfo {
  kind: SyncErrorKind;
  /** A sentence a finance user can act on; never contains a secret. */
  message: string;
  /** Which action fixes it (the UI turns this into a button or hint). */
  action: 'reenter_credential' | 'check_base_url' | 'wait' | 'retry' | 'contact_provider' | 'free_disk' | 'none';
  /** For rate limits: when it is worth trying again (ISO). */
  retryAfter?: string | null;
}

export interface SyncProgress {
  accountId: string;
  pagesDone: number;
  invoicesSoFar: number;
  /** Total invoices when the provider tells it; null otherwise. */
  total: number | null;
}

export type AccountSyncPhase = 'idle' | 'syncing' | 'ok' | 'error';

export interface AccountSyncState {
  accountId: string;
  phase: AccountSyncPhase;
  progress: SyncProgress | null;
  /** Last successful sync (ISO), from the cache when the app starts. */
  lastSyncedAt: string | null;
  lastError: SyncErrorInfo | null;
  /**
   * What the user should know about the account's saved invoices, as plain sentences (a status word
   * Invoice Inbox does not know, ...). From the last successful sync; [] when none.
   */
  warnings: string[];
}

export interface AccountSyncResult {
  accountId: string;
  ok: boolean;
  error: SyncErrorInfo | null;
  invoiceCount: number;
  requests: number;
  mode: 'full' | 'incremental';
  /**
   * Set when the fetched invoices were not saved because saving them would have been wrong: a sync
   * that started later already saved the account (another window or command), or the account was
   * removed while this sync ran.
   */
  discarded?: 'superseded' | 'account_removed';
  /** Plain sentences about what was saved (e.g. unknown status words); [] when none or when the sync failed. */
  warnings: string[];
}
