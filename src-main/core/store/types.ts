/**
 * The workspace store as the rest of the core sees it: typed operations, no SQL. The SQLite
 * implementation (sqlite-store.ts) is the only code that speaks SQL; another engine (a shared team
 * database) can stand behind this interface later. Calls are synchronous: SQLite answers in-process,
 * and a remote engine would sit behind a local replica.
 */
import type {
  Account,
  InboxAggregates,
  InboxFilter,
  InboxRowView,
  InboxSort,
  Invoice,
  InvoiceStatus,
  SyncErrorInfo,
} from '../../../src-shared/domain';
import type { QueryCalendar } from './inbox-sql';

export type { QueryCalendar };

/** What an incremental sync needs to know of the cached invoices of an account. */
export interface CachedDigest {
  id: string;
  contentHash: string;
  status: InvoiceStatus;
  issuedMs: number | null;
}

export interface SyncCommit {
  accountId: string;
  /** When this sync's first request left: an older sync never overwrites a newer one. */
  fetchStartedAt: string;
  finishedAt: string;
  invoices: readonly Invoice[];
  /** The provider's list was read to its end: cached invoices not in it are gone at the provider. */
  complete: boolean;
  warnings: readonly string[];
}

export type CommitOutcome =
  | { outcome: 'saved'; written: number; deleted: number; invoiceCount: number }
  /** A sync that started later already saved this account (another window or command). */
  | { outcome: 'superseded'; invoiceCount: number }
  /** The account was removed while this sync ran: its result is discarded. */
  | { outcome: 'account_removed' };

export interface StoredSyncState {
  accountId: string;
  fetchStartedAt: string | null;
  syncedAt: string | null;
  lastError: SyncErrorInfo | null;
  lastErrorAt: string | null;
  warnings: string[];
}

export interface AccountsRepo {
  list(): Account[];
  find(id: string): Account | null;
  insert(account: Account): void;
  /** Replaces label and base URL (the search index follows a new label). */
  update(account: Account): void;
  /** Removes the account with everything of it (invoices, sync state, marks) in one transaction. */
  remove(id: string): boolean;
}

export interface InvoicesRepo {
  digests(accountId: string): CachedDigest[];
  /** Saves one account's sync in one transaction; only rows that changed are written. */
  commitSync(commit: SyncCommit): CommitOutcome;
  get(id: string): Invoice | null;
  /** Stored invoices of some accounts (all when omitted), provider status as stored. */
  list(accountIds?: readonly string[]): Invoice[];
  ids(accountId: string): string[];
  count(accountId?: string): number;
}

export interface SyncStateRepo {
  all(): StoredSyncState[];
  get(accountId: string): StoredSyncState | null;
  recordFailure(accountId: string, error: SyncErrorInfo, at: string): void;
}

export interface InboxQueryInput {
  filter: InboxFilter;
  sort: InboxSort;
  offset: number;
  limit: number;
}

/** What an export or a print reads: a filtered, sorted inbox, or only some invoices in that order. */
export interface InboxScope {
  filter: InboxFilter;
  sort: InboxSort;
  /** Only these invoices (the user's selection), in the sort's order; the filter is then not applied. */
  ids?: readonly string[];
}

/**
 * The rows of a scope in batches, for exports of any size in bounded memory. The set and its order are
 * fixed when the iteration opens (a sync meanwhile does not shift rows between batches); each batch is
 * its own short read, so other queries run between batches. The snapshot lives until close() (the
 * caller closes it in a finally; it also goes with the connection).
 */
export interface InboxIterator extends Iterable<InboxRowView[]> {
  /** Rows in the snapshot. */
  readonly count: number;
  /** The calendar states and local days are counted on (the one the iteration opened with). */
  readonly calendar: QueryCalendar;
  /** Totals per currency and aging of exactly the snapshot's rows. */
  aggregates(): InboxAggregates;
  /** Drops the snapshot; safe to call more than once. */
  close(): void;
}

export interface InboxQueries {
  window(input: InboxQueryInput, calendar: QueryCalendar): { rows: InboxRowView[] };
  /** One invoice as the list shows it (state, marks, duplicate flag, tags), whatever the filter. */
  row(id: string, calendar: QueryCalendar): InboxRowView | null;
  /** Every flagged look-alike still counted once (not called a separate bill): invoice id -> the other account's invoice it looks like. */
  duplicatePairs(): Map<string, string>;
  /** The other account's invoice this one looks like, whatever the user decided about it. */
  duplicateOf(id: string): string | null;
  /** Invoices in the whole filtered set. */
  count(filter: InboxFilter, calendar: QueryCalendar): number;
  aggregates(filter: InboxFilter, calendar: QueryCalendar): InboxAggregates;
  /** Position of an invoice in the filtered, sorted set; null when the filter hides it. */
  locate(id: string, filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): number | null;
  /** The rows of a scope in batches of `batchSize` (exports, print). */
  iterate(scope: InboxScope, calendar: QueryCalendar, batchSize: number): InboxIterator;
  /** Invoices (all fields but line items) matching a filter, in order: the CLI `list`. */
  select(filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): Invoice[];
  /** The ids of every invoice matching a filter (a bulk action on "all in this view"). */
  ids(filter: InboxFilter, calendar: QueryCalendar): string[];
  /** Invoices reminders look at (owed, or marked paid by the user), without line items. */
  reminderCandidates(): Invoice[];
  currencies(): string[];
}

/** What the user said about an invoice (never written by a sync). */
export interface InvoiceMark {
  invoiceId: string;
  accountId: string;
  snoozedUntil: string | null;
  muted: boolean;
  markedPaidAt: string | null;
  markedPaidBy: string | null;
  markedStatus: InvoiceStatus | null;
  expectedDueDate: string | null;
  /** 'distinct': the user says a look-alike of another account's invoice is a separate bill. */
  duplicateDecision: 'distinct' | null;
}

export type MarkPatch = Partial<Omit<InvoiceMark, 'invoiceId' | 'accountId'>>;

export interface MarkEvent {
  invoiceId: string;
  at: string;
  by: string;
  action: string;
  detail: string | null;
}

export interface UserDataRepo {
  marks(): InvoiceMark[];
  mark(invoiceId: string): InvoiceMark | null;
  /** Applies a patch (null/false clear a field) and records who did it; drops empty marks. */
  updateMark(invoiceId: string, accountId: string, patch: MarkPatch, event: Omit<MarkEvent, 'invoiceId'>): void;
  events(invoiceId: string): MarkEvent[];
  mutedAccounts(): string[];
  setAccountMuted(accountId: string, muted: boolean, at: string): void;
  firedKeys(): Record<string, string>;
  /** Records fired reminder keys; returns the keys this call recorded (others were there already). */
  recordFired(keys: readonly string[], at: string): string[];
  forgetFiredBefore(at: string): void;
  lastCheckAt(): string | null;
  setLastCheckAt(at: string): void;
}

export interface StoredView {
  id: string;
  name: string;
  /** The renderer's filter and sort, kept as given (checked when read back). */
  definition: unknown;
}

export interface SettingsRepo {
  get(key: string): unknown;
  /** Writes only the keys given: two windows changing different settings never undo each other. */
  set(values: Readonly<Record<string, unknown>>, at: string): void;
  views(): StoredView[];
  saveView(view: StoredView, at: string): void;
  deleteView(id: string): boolean;
}

export interface Notice {
  id: number;
  kind: string;
  message: string;
  createdAt: string;
}

export interface NoticesRepo {
  /** Not yet acknowledged, oldest first. */
  open(): Notice[];
  add(kind: string, message: string, at: string): void;
  acknowledge(id: number, at: string): boolean;
}

/** The user's note on an invoice (plain text), with who wrote it last and when. */
export interface InvoiceNote {
  invoiceId: string;
  text: string;
  updatedBy: string;
  updatedAt: string;
}

export interface InvoiceTag {
  tag: string;
  addedBy: string;
  addedAt: string;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Notes and tags: each change is recorded in the invoice's history and searchable at once. */
export interface AnnotationsRepo {
  note(invoiceId: string): InvoiceNote | null;
  /** Saves (empty text removes) the note; false when the invoice is not in the workspace. */
  setNote(invoiceId: string, text: string, by: string, at: string): boolean;
  tags(invoiceId: string): InvoiceTag[];
  /** True when the tag was added (false: already there, or no such invoice). */
  addTag(invoiceId: string, tag: string, by: string, at: string): boolean;
  /** True when the tag was there and is gone. */
  removeTag(invoiceId: string, tag: string, by: string, at: string): boolean;
  /** Every tag in use and on how many invoices. */
  allTags(): TagCount[];
}

export interface WorkspaceStore {
  readonly file: string;
  readonly annotations: AnnotationsRepo;
  readonly accounts: AccountsRepo;
  readonly invoices: InvoicesRepo;
  readonly syncState: SyncStateRepo;
  readonly inbox: InboxQueries;
  readonly userData: UserDataRepo;
  readonly settings: SettingsRepo;
  readonly notices: NoticesRepo;
  /** Runs `work` in one write transaction (exclusive across processes until it returns). */
  transaction<T>(work: () => T): T;
  /** Changes when another process commits to the database (cheap; poll it to notice). */
  dataVersion(): number;
  close(): void;
}
