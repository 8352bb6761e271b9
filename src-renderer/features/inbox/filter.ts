import { addDays, dayOf } from '../../../src-shared/domain/dates';
import type { InvoiceStatus } from '../../../src-shared/domain/invoice';
import type { ProviderId } from '../../../src-shared/domain/provider';
import type { InboxRow } from './rows';

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
  /** Empty = any status. */
  statuses: InvoiceStatus[];
  /** Empty = every account. */
  accountIds: string[];
  provider: ProviderId | null;
  due: DueFilter;
  /** Paid within the last N days (for "Paid last 30 days"); null = no constraint. */
  paidWithinDays: number | null;
  /** Invoice total in major units of its own currency; null bounds are open. */
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  search: string;
}

export const EMPTY_FILTER: InboxFilter = {
  statuses: [],
  accountIds: [],
  provider: null,
  due: { kind: 'any' },
  paidWithinDays: null,
  amountMin: null,
  amountMax: null,
  currency: null,
  search: '',
};

export function isFilterEmpty(filter: InboxFilter): boolean {
  return (
    filter.statuses.length === 0 &&
    filter.accountIds.length === 0 &&
    filter.provider === null &&
    filter.due.kind === 'any' &&
    filter.paidWithinDays === null &&
    filter.amountMin === null &&
    filter.amountMax === null &&
    filter.currency === null &&
    filter.search.trim() === ''
  );
}

export function searchTerms(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

type RowTest = (row: InboxRow) => boolean;

function dueTest(due: DueFilter, today: string): RowTest | null {
  switch (due.kind) {
    case 'any':
      return null;
    case 'overdue':
      return (row) => row.status === 'overdue';
    case 'next7': {
      const last = addDays(today, 7);
      return (row) => row.dueDay !== null && row.dueDay >= today && row.dueDay <= last;
    }
    case 'thisMonth': {
      const month = today.slice(0, 7);
      return (row) => row.dueDay !== null && row.dueDay.slice(0, 7) === month;
    }
    case 'range': {
      const { from, to } = due;
      return (row) => row.dueDay !== null && (from === null || row.dueDay >= from) && (to === null || row.dueDay <= to);
    }
  }
}

/** Builds one predicate for the whole filter; constraints combine with AND. */
export function compileFilter(filter: InboxFilter, nowMs: number): RowTest {
  const tests: RowTest[] = [];
  const today = dayOf(nowMs);
  if (filter.statuses.length > 0) {
    const statuses = new Set(filter.statuses);
    tests.push((row) => statuses.has(row.status));
  }
  if (filter.accountIds.length > 0) {
    const ids = new Set(filter.accountIds);
    tests.push((row) => ids.has(row.invoice.accountId));
  }
  if (filter.provider !== null) {
    const provider = filter.provider;
    tests.push((row) => row.invoice.provider === provider);
  }
  const due = dueTest(filter.due, today);
  if (due) tests.push(due);
  if (filter.paidWithinDays !== null) {
    const since = addDays(today, -filter.paidWithinDays);
    tests.push((row) => row.status === 'paid' && row.paidDay !== null && row.paidDay >= since && row.paidDay <= today);
  }
  if (filter.amountMin !== null) {
    const min = filter.amountMin;
    tests.push((row) => row.totalMajor >= min);
  }
  if (filter.amountMax !== null) {
    const max = filter.amountMax;
    tests.push((row) => row.totalMajor <= max);
  }
  if (filter.currency !== null) {
    const currency = filter.currency;
    tests.push((row) => row.invoice.currency === currency);
  }
  const terms = searchTerms(filter.search);
  if (terms.length > 0) tests.push((row) => terms.every((term) => row.haystack.includes(term)));
  return (row) => {
    for (const test of tests) if (!test(row)) return false;
    return true;
  };
}

/**
 * True when `next` only adds typing to `prev`'s search (all else equal): its matches are then a subset
 * of `prev`'s, so a keystroke can filter the previous result instead of every invoice.
 */
export function narrowsSearch(prev: InboxFilter, next: InboxFilter): boolean {
  if (prev.search.trim() === '' || !next.search.toLowerCase().startsWith(prev.search.toLowerCase())) return false;
  return (Object.keys(next) as Array<keyof InboxFilter>).every((key) => key === 'search' || prev[key] === next[key]);
}

/** Keeps the order of `rows` (already sorted), so a keystroke only filters and never re-sorts. */
export function filterRows(rows: readonly InboxRow[], filter: InboxFilter, nowMs: number): InboxRow[] {
  if (isFilterEmpty(filter)) return rows.slice();
  const test = compileFilter(filter, nowMs);
  const out: InboxRow[] = [];
  for (const row of rows) if (test(row)) out.push(row);
  return out;
}
