import type { InboxRow } from './rows';

export const SORT_KEYS = ['attention', 'due', 'amount', 'issued', 'provider'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface InboxSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** What a finance user opens the inbox for: what needs paying, most urgent first. */
export const DEFAULT_SORT: InboxSort = { key: 'attention', dir: 'asc' };

export const SORT_LABELS: Record<SortKey, string> = {
  attention: 'Needs attention first',
  due: 'Due date',
  amount: 'Amount (total)',
  issued: 'Issued date',
  provider: 'Provider',
};

/** Compares numbers with NaN (no date) always last, whatever the direction. */
function compareKeys(a: number, b: number, sign: number): number {
  const aMissing = Number.isNaN(a);
  const bMissing = Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return (a - b) * sign;
}

/** overdue, then open, then draft, then everything settled (paid, void, uncollectible). */
function attentionRank(row: InboxRow): number {
  switch (row.status) {
    case 'overdue':
      return 0;
    case 'open':
      return 1;
    case 'draft':
      return 2;
    default:
      return 3;
  }
}

/**
 * Unpaid invoices first, each group by due date (the longest overdue first); settled invoices after
 * them, most recently due first. `desc` reverses the groups, not the order within them.
 */
function compareAttention(a: InboxRow, b: InboxRow, sign: number): number {
  const rankA = attentionRank(a);
  const rankB = attentionRank(b);
  if (rankA !== rankB) return (rankA - rankB) * sign;
  return compareKeys(a.dueKey, b.dueKey, rankA === 3 ? -1 : 1);
}

function tieBreak(a: InboxRow, b: InboxRow): number {
  return a.invoice.id < b.invoice.id ? -1 : a.invoice.id > b.invoice.id ? 1 : 0;
}

/** A stable, total order: ties fall back to due date and then to the invoice id. */
export function sortRows(rows: readonly InboxRow[], sort: InboxSort): InboxRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compare = (a: InboxRow, b: InboxRow): number => {
    let c = 0;
    switch (sort.key) {
      case 'attention':
        c = compareAttention(a, b, sign);
        break;
      case 'due':
        c = compareKeys(a.dueKey, b.dueKey, sign);
        break;
      case 'amount':
        c = compareKeys(a.totalMajor, b.totalMajor, sign);
        break;
      case 'issued':
        c = compareKeys(a.issuedKey, b.issuedKey, sign);
        break;
      case 'provider':
        c =
          sign * a.providerName.localeCompare(b.providerName) ||
          sign * a.accountLabel.localeCompare(b.accountLabel);
        break;
    }
    return c || compareKeys(a.dueKey, b.dueKey, 1) || tieBreak(a, b);
  };
  return rows.slice().sort(compare);
}
