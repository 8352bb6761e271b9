import { daysBetween, dayOf } from '../../../src-shared/domain/dates';
import { isUnpaid } from '../../../src-shared/domain/invoice';
import type { InboxRow } from './rows';

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export const AGING_LABELS: Record<AgingBucket, string> = {
  current: 'Current',
  '1-30': '1–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
};

/** Days past due -> bucket: 0 or less (or no due date) is current; 91 and more is 90+. */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return '90+';
}

export interface CurrencyAging {
  currency: string;
  /** Open amount (minor units) per bucket, in AGING_BUCKETS order. */
  buckets: Record<AgingBucket, number>;
  total: number;
}

function emptyBuckets(): Record<AgingBucket, number> {
  return { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
}

/** Open amounts (amount due of open/overdue invoices) by age, one row per currency, never mixed. */
export function agingByCurrency(rows: readonly InboxRow[], nowMs: number): CurrencyAging[] {
  const today = dayOf(nowMs);
  const byCurrency = new Map<string, CurrencyAging>();
  for (const row of rows) {
    if (!isUnpaid(row.status) || row.invoice.amountDue <= 0) continue;
    const { currency, amountDue } = row.invoice;
    let entry = byCurrency.get(currency);
    if (!entry) {
      entry = { currency, buckets: emptyBuckets(), total: 0 };
      byCurrency.set(currency, entry);
    }
    const days = row.dueDay === null ? 0 : daysBetween(row.dueDay, today);
    entry.buckets[agingBucket(days)] += amountDue;
    entry.total += amountDue;
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
