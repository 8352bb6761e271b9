import type {
  Account,
  AccountSyncResult,
  AccountSyncState,
  Invoice,
  InvoiceStatus,
  ProviderId,
  SyncProgress,
} from '../../../src-shared/domain';
import type { CacheProblem } from '../cache/types';

export interface NewAccount {
  provider: ProviderId;
  label: string;
  baseUrl: string | null;
  secret: string;
  demo?: boolean;
}

export interface AccountPatch {
  label?: string;
  baseUrl?: string | null;
  /** A new secret replaces the one in the keychain. */
  secret?: string;
}

export interface InvoiceQuery {
  statuses?: InvoiceStatus[];
  accountIds?: string[];
  /** Inclusive calendar day YYYY-MM-DD: invoices due on or before it. */
  dueBefore?: string;
  /** IANA zone of the user's calendar for overdue (default: the machine's zone). */
  timeZone?: string;
}

export interface SyncRequest {
  accountId?: string;
  full?: boolean;
  signal?: AbortSignal;
}

export interface InboxEvents {
  progress: (progress: SyncProgress) => void;
  /** One account finished (ok or not). */
  accountSynced: (result: AccountSyncResult) => void;
  /** The set of cached invoices changed (sync saved, account removed). */
  inboxChanged: () => void;
}

/**
 * The core as every host sees it (CLI, web host, Electron IPC). Plain Node; no Electron inside.
 */
export interface InboxService {
  listAccounts(): Account[];
  addAccount(input: NewAccount): Promise<Account>;
  updateAccount(id: string, patch: AccountPatch): Promise<Account>;
  /** Removes the account, its keychain secret and its cache. */
  removeAccount(id: string): Promise<void>;
  /** Fetches one page with the stored (or given) credential and reports the classified error if any. */
  testConnection(input: { accountId: string } | Omit<NewAccount, 'label'>): Promise<AccountSyncResult>;

  sync(request?: SyncRequest): Promise<AccountSyncResult[]>;
  syncStates(): AccountSyncState[];

  /** From the cache only: works offline. Status is derived against the service clock (open -> overdue). */
  queryInvoices(query?: InvoiceQuery): Promise<Invoice[]>;
  /** Corrupt or unknown-version cache files set aside since start. */
  cacheProblems(): CacheProblem[];

  on<E extends keyof InboxEvents>(event: E, listener: InboxEvents[E]): () => void;
}
