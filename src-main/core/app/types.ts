import type {
  Account,
  AccountSyncResult,
  AccountSyncState,
  InboxAggregates,
  InboxFilter,
  InboxRowView,
  InboxSort,
  Invoice,
  InvoiceState,
  ProviderId,
  SyncProgress,
} from '../../../src-shared/domain';
import type { InvoiceDetail, InvoiceMarkView } from '../../../src-shared/contract';
import type { InboxIterator, InboxScope, Notice } from '../store/types';

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
  /**
   * When the address moves to another site without a new secret: delete the stored secret instead of
   * refusing the change (the account then needs its credential entered again before it syncs).
   */
  forgetSecret?: boolean;
}

/** The CLI `list` filters (a subset of the inbox filter). */
export interface InvoiceQuery {
  states?: InvoiceState[];
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

/** Why the inbox changed: 'external' is another process writing to the same workspace. */
export type InboxChange = 'sync' | 'account_added' | 'account_removed' | 'account_updated' | 'marks' | 'external';

export interface InboxEvents {
  progress: (progress: SyncProgress) => void;
  /** One account finished (ok or not). */
  accountSynced: (result: AccountSyncResult) => void;
  /** Stored invoices, accounts or marks changed. */
  inboxChanged: (reason: InboxChange) => void;
}

export interface WindowRequest {
  filter: InboxFilter;
  sort: InboxSort;
  offset: number;
  limit: number;
  /** Also count the whole filtered set (default true). */
  count?: boolean;
  /** Also compute totals and aging for the whole filtered set (default true). */
  aggregates?: boolean;
}

export interface WindowResult {
  offset: number;
  rows: InboxRowView[];
  count: number | null;
  aggregates: InboxAggregates | null;
}

/**
 * The core as every host sees it (CLI, web host, Electron IPC). Plain Node; no Electron inside. Reads
 * come from the workspace store, so they work offline and see other processes' writes.
 */
export interface InboxService {
  listAccounts(): Account[];
  addAccount(input: NewAccount): Promise<Account>;
  updateAccount(id: string, patch: AccountPatch): Promise<Account>;
  /** Removes the account with its invoices and marks (one transaction), then its secret and PDFs. */
  removeAccount(id: string): Promise<void>;
  /** Fetches one page with the stored (or given) credential and reports the classified error if any. */
  testConnection(input: { accountId: string } | Omit<NewAccount, 'label'>): Promise<AccountSyncResult>;

  sync(request?: SyncRequest): Promise<AccountSyncResult[]>;
  syncStates(): AccountSyncState[];

  /** A window of the filtered, sorted inbox (status derived on the user's calendar), with count and figures. */
  window(request: WindowRequest): WindowResult;
  /** Position of an invoice in a filtered, sorted inbox; null when the filter hides it. */
  locate(invoiceId: string, filter: InboxFilter, sort: InboxSort): number | null;
  /** One invoice with its line items, as the provider said it, or null. */
  invoice(id: string): Invoice | null;
  /** One invoice with its state today, its account's name and what the user said about it. */
  detail(id: string): InvoiceDetail | null;
  /** Every invoice matching a CLI query, due date order (status derived). */
  queryInvoices(query?: InvoiceQuery): Invoice[];
  /**
   * The rows of a scope in batches over a snapshot, for exports and print (states on the user's
   * calendar, or on a named zone's). The caller closes it.
   */
  iterate(scope: InboxScope, batchSize: number, timeZone?: string): InboxIterator;
  currencies(): string[];
  /** What the user said about invoices (marks by id) and the flagged look-alikes still counted once. */
  userViews(): { marks: Map<string, UserMarkView>; duplicates: Map<string, string> };
  /** Every tag in use, with how many invoices carry it. */
  tags(): { tag: string; count: number }[];
  /** The user says a possible duplicate is a separate bill (counted again), or takes that back. */
  decideDuplicate(invoiceId: string, distinct: boolean): void;
  /** What the user must be told about the workspace (a damaged database set aside), until acknowledged. */
  notices(): Notice[];
  acknowledgeNotice(id: number): boolean;

  on<E extends keyof InboxEvents>(event: E, listener: InboxEvents[E]): () => void;
}

/** What the user said about one invoice, as scripts read it (`list --format json`: userMark). */
export interface UserMarkView extends InvoiceMarkView {
  /** The user said this look-alike of another account's invoice is a separate bill. */
  separateBill: boolean;
}
