import { isUnpaid } from '../../../src-shared/domain/invoice';
import type { InboxRow } from './rows';

export interface CurrencyTotal {
  currency: string;
  /** Sum of amount due (minor units) of the invoices that still want money. */
  amountDue: number;
  /** Invoices in this currency in the current filter. */
  count: number;
  /** Invoices in this currency with money still owed. */
  unpaidCount: number;
}

export interface InboxSummary {
  count: number;
  /** One entry per currency, sorted by currency code: amounts are never added across currencies. */
  byCurrency: CurrencyTotal[];
}

export function summarize(rows: readonly InboxRow[]): InboxSummary {
  const totals = new Map<string, CurrencyTotal>();
  for (const row of rows) {
    const { currency, amountDue } = row.invoice;
    let entry = totals.get(currency);
    if (!entry) {
      entry = { currency, amountDue: 0, count: 0, unpaidCount: 0 };
      totals.set(currency, entry);
    }
    entry.count += 1;
    if (isUnpaid(row.status)) {
      entry.amountDue += amountDue;
      entry.unpaidCount += 1;
    }
  }
  const byCurrency = [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { count: rows.length, byCurrency };
}
