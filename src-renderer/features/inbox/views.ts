import { DEFAULT_SORT, EMPTY_FILTER, SORT_KEYS, type DueFilter, type InboxFilter, type InboxSort, type SortKey } from '../../../src-shared/domain/inbox-query';
import { INVOICE_KINDS, type InvoiceKind } from '../../../src-shared/domain/invoice';
import { INVOICE_STATES, UNPAID_STATES, type InvoiceState } from '../../../src-shared/domain/invoice-state';
import { isProviderId, type ProviderId } from '../../../src-shared/domain/provider';

export interface SavedView {
  id: string;
  name: string;
  filter: InboxFilter;
  sort: InboxSort;
}

/** Bills only: credits, refunds and prepayments are never "to pay" (they stay visible under All). */
const BILLS: InvoiceKind[] = ['invoice'];

/** Named for what they do: "Due in the next 7 days" is today through seven days from now, not "this week". */
export const BUILTIN_VIEWS: readonly SavedView[] = [
  { id: 'builtin:overdue', name: 'Overdue', filter: { ...EMPTY_FILTER, kinds: BILLS, states: ['overdue'] }, sort: DEFAULT_SORT },
  {
    id: 'builtin:due-next-7',
    name: 'Due in the next 7 days',
    filter: { ...EMPTY_FILTER, kinds: BILLS, states: ['due_today', 'open'], due: { kind: 'next7' } },
    sort: DEFAULT_SORT,
  },
  { id: 'builtin:unpaid', name: 'Unpaid', filter: { ...EMPTY_FILTER, kinds: BILLS, states: [...UNPAID_STATES] }, sort: DEFAULT_SORT },
  {
    id: 'builtin:paid-30',
    name: 'Paid last 30 days',
    filter: { ...EMPTY_FILTER, states: ['paid'], paidWithinDays: 30 },
    sort: { key: 'paid', dir: 'desc' },
  },
];

// Saved views come back from settings as unknown[]: every field is checked before it is trusted.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
const daysOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3660 ? v : null);

function parseDue(value: unknown): DueFilter {
  if (!isObject(value)) return { kind: 'any' };
  switch (value.kind) {
    case 'overdue':
    case 'next7':
    case 'thisMonth':
      return { kind: value.kind };
    case 'range':
      return { kind: 'range', from: isDay(value.from) ? value.from : null, to: isDay(value.to) ? value.to : null };
    default:
      return { kind: 'any' };
  }
}

function parseFilter(value: unknown): InboxFilter {
  if (!isObject(value)) return EMPTY_FILTER;
  // Views saved before states existed named statuses: open/overdue read as today's unpaid states.
  const listed: unknown[] = Array.isArray(value.states) ? value.states : Array.isArray(value.statuses) ? value.statuses.flatMap((s) => (s === 'open' ? [...UNPAID_STATES] : [s])) : [];
  const states = [...new Set(listed.filter((s): s is InvoiceState => (INVOICE_STATES as readonly unknown[]).includes(s)))];
  const kinds = Array.isArray(value.kinds) ? value.kinds.filter((k): k is InvoiceKind => (INVOICE_KINDS as readonly unknown[]).includes(k)) : [];
  const accountIds = Array.isArray(value.accountIds) ? value.accountIds.filter((s): s is string => typeof s === 'string') : [];
  const provider: ProviderId | null = typeof value.provider === 'string' && isProviderId(value.provider) ? value.provider : null;
  return {
    states,
    kinds,
    accountIds,
    provider,
    due: parseDue(value.due),
    paidWithinDays: daysOrNull(value.paidWithinDays),
    amountMin: numOrNull(value.amountMin),
    amountMax: numOrNull(value.amountMax),
    currency: typeof value.currency === 'string' && /^[A-Z]{3}$/.test(value.currency) ? value.currency : null,
    tags: Array.isArray(value.tags) ? value.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '').slice(0, 50) : [],
    search: typeof value.search === 'string' ? value.search : '',
  };
}

function parseSort(value: unknown): InboxSort {
  if (!isObject(value)) return DEFAULT_SORT;
  const key = (SORT_KEYS as readonly unknown[]).includes(value.key) ? (value.key as SortKey) : DEFAULT_SORT.key;
  return { key, dir: value.dir === 'desc' ? 'desc' : 'asc' };
}

/** The user's own views from settings; anything malformed is dropped, never trusted. */
export function parseSavedViews(values: readonly unknown[]): SavedView[] {
  const views: SavedView[] = [];
  for (const value of values) {
    if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string') continue;
    if (value.id.startsWith('builtin:') || value.name.trim() === '') continue;
    views.push({ id: value.id, name: value.name.trim(), filter: parseFilter(value.filter), sort: parseSort(value.sort) });
  }
  return views;
}
