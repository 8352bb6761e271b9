import { DEFAULT_SORT, EMPTY_FILTER, SORT_KEYS, type DueFilter, type InboxFilter, type InboxSort, type SortKey } from '../../../src-shared/domain/inbox-query';
import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceKind, type InvoiceStatus } from '../../../src-shared/domain/invoice';
import { isProviderId, type ProviderId } from '../../../src-shared/domain/provider';

export interface SavedView {
  id: string;
  name: string;
  filter: InboxFilter;
  sort: InboxSort;
}

export const BUILTIN_VIEWS: readonly SavedView[] = [
  { id: 'builtin:overdue', name: 'Overdue', filter: { ...EMPTY_FILTER, due: { kind: 'overdue' } }, sort: DEFAULT_SORT },
  {
    id: 'builtin:due-this-week',
    name: 'Due this week',
    filter: { ...EMPTY_FILTER, statuses: ['open', 'overdue'], due: { kind: 'next7' } },
    sort: DEFAULT_SORT,
  },
  { id: 'builtin:open', name: 'Open', filter: { ...EMPTY_FILTER, statuses: ['open', 'overdue'] }, sort: DEFAULT_SORT },
  {
    id: 'builtin:paid-30',
    name: 'Paid last 30 days',
    filter: { ...EMPTY_FILTER, statuses: ['paid'], paidWithinDays: 30 },
    sort: { key: 'issued', dir: 'desc' },
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
  const statuses = Array.isArray(value.statuses)
    ? value.statuses.filter((s): s is InvoiceStatus => (INVOICE_STATUSES as readonly unknown[]).includes(s))
    : [];
  const kinds = Array.isArray(value.kinds) ? value.kinds.filter((k): k is InvoiceKind => (INVOICE_KINDS as readonly unknown[]).includes(k)) : [];
  const accountIds = Array.isArray(value.accountIds) ? value.accountIds.filter((s): s is string => typeof s === 'string') : [];
  const provider: ProviderId | null = typeof value.provider === 'string' && isProviderId(value.provider) ? value.provider : null;
  return {
    statuses,
    kinds,
    accountIds,
    provider,
    due: parseDue(value.due),
    paidWithinDays: daysOrNull(value.paidWithinDays),
    amountMin: numOrNull(value.amountMin),
    amountMax: numOrNull(value.amountMax),
    currency: typeof value.currency === 'string' && /^[A-Z]{3}$/.test(value.currency) ? value.currency : null,
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
