/**
 * The inbox as main answers it: a filter, a sort and a window of rows, with totals, aging and the count
 * for the whole filtered set computed where the data lives (SQL in main). The renderer never holds the
 * whole inbox; the CLI's `list` asks the same query.
 */
import type { InvoiceKind, InvoiceStatus } from './invoice';
import type { InvoiceState } from './invoice-state';
import type { ProviderId } from './provider';

export type DueFilter =
  | { kind: 'any' }
  | { kind: 'overdue' }
  /** Due today or within the next 7 days. */
  | { kind: 'next7' }
  /** Due in the current calendar month. */
  | { kind: 'thisMonth' }
  /** Inclusive calendar days; a null bound is open. */
  | { kind: 'range'; from: string | null; to: string | null };

export interface InboxFilter {
  /** Empty = any state. States are the one status function's (overdue, due today, open, no due date, paid...). */
  states: InvoiceState[];
  /** Empty = every kind. */
  kinds: InvoiceKind[];
  /** Empty = every account. */
  accountIds: string[];
  provider: ProviderId | null;
  due: DueFilter;
  /** Paid within the last N days (for "Paid last 30 days"); null = no constraint. */
  paidWithinDays: number | null;
  /** Totals in major units of `currency`; only applied together with a currency. */
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  /** Invoices carrying any of these tags (empty = no constraint); tags match whatever their case. */
  tags: string[];
  search: string;
}

export const EMPTY_FILTER: InboxFilter = {
  states: [],
  kinds: [],
  accountIds: [],
  provider: null,
  due: { kind: 'any' },
  paidWithinDays: null,
  amountMin: null,
  amountMax: null,
  currency: null,
  tags: [],
  search: '',
};

export function isFilterEmpty(filter: InboxFilter): boolean {
  return (
    filter.states.length === 0 &&
    filter.kinds.length === 0 &&
    filter.accountIds.length === 0 &&
    filter.provider === null &&
    filter.due.kind === 'any' &&
    filter.paidWithinDays === null &&
    filter.amountMin === null &&
    filter.amountMax === null &&
    filter.currency === null &&
    filter.tags.length === 0 &&
    filter.search.trim() === ''
  );
}

export const SORT_KEYS = ['attention', 'due', 'amount', 'issued', 'paid', 'provider'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface InboxSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** What a finance user opens the inbox for: what needs paying, most urgent first. */
export const DEFAULT_SORT: InboxSort = { key: 'attention', dir: 'asc' };

/** One row of the list: what the grid shows (the detail pane fetches the whole invoice by id). */
export interface InboxRowView {
  id: string;
  accountId: string;
  accountLabel: string;
  provider: ProviderId;
  providerInvoiceId: string;
  number: string | null;
  /** The provider's status, normalized. */
  status: InvoiceStatus;
  /** The one status function's answer today on the user's calendar (overdue, due today, open, ...). */
  state: InvoiceState;
  /** A bill with money owed (counts toward due totals unless the user marked it paid). */
  payable: boolean;
  /** When the user said "I paid this" (ISO); null when not marked. */
  markedPaidAt: string | null;
  /** The user muted this invoice's reminders. */
  muted: boolean;
  /**
   * 'waiting': marked paid, waiting for the provider to confirm (not counted as owed); 'contradicted':
   * marked longer ago than the provider usually takes and still unpaid there (counted again).
   */
  markState: 'waiting' | 'contradicted' | null;
  /** The id of another account's invoice this one looks like (counted once until the user decides). */
  possibleDuplicateOf: string | null;
  rawStatus: string;
  kind: InvoiceKind;
  currency: string;
  total: number;
  amountDue: number;
  amountPaid: number;
  issuedAt: string | null;
  dueAt: string | null;
  paidAt: string | null;
  description: string | null;
  hasPdf: boolean;
  /** The user's tags on this invoice, in order. */
  tags: string[];
  /** The user wrote a note on it. */
  hasNote: boolean;
}

export interface CurrencyTotal {
  currency: string;
  /** Invoices in this currency in the filtered set. */
  count: number;
  /** Amount due (minor units) of what still wants money, and how many. */
  dueAmount: number;
  dueCount: number;
  /** What was paid (minor units) and how many paid invoices. */
  paidAmount: number;
  paidCount: number;
}

/** By days past the due day; 'none' holds what is owed without a due date. */
export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+', 'none'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface CurrencyAging {
  currency: string;
  /** Open amount (minor units) per bucket. */
  buckets: Record<AgingBucket, number>;
  total: number;
}

export interface InboxAggregates {
  count: number;
  /** One entry per currency, sorted by code: amounts are never added across currencies. */
  byCurrency: CurrencyTotal[];
  aging: CurrencyAging[];
}

export interface InboxWindow {
  offset: number;
  rows: InboxRowView[];
  /** Rows in the whole filtered set. */
  count: number;
  /** Null when the caller did not ask for them (scrolling asks for rows only). */
  aggregates: InboxAggregates | null;
}
