import { calendarDay, deriveStatus, systemZoneName, type Invoice } from '../../../src-shared/domain';
import type { InvoiceQuery } from './types';

/**
 * Applies a query to cached invoices. Status is derived against `nowMs` first, on the local calendar
 * of `query.timeZone` (an open invoice is overdue from the first local day after its due day, the
 * same day invoiceState says 'overdue'), then filtered. Order: due date (invoices without one last),
 * then id, so output is stable for scripts.
 */
export function queryInvoices(all: Iterable<Invoice>, query: InvoiceQuery, nowMs: number): Invoice[] {
  const zone = query.timeZone ?? systemZoneName();
  const statuses = query.statuses ? new Set(query.statuses) : null;
  const accounts = query.accountIds ? new Set(query.accountIds) : null;
  const out: Invoice[] = [];
  for (const cached of all) {
    if (accounts && !accounts.has(cached.accountId)) continue;
    const status = deriveStatus(cached.status, cached.dueAt, nowMs, zone);
    if (statuses && !statuses.has(status)) continue;
    if (query.dueBefore !== undefined && (cached.dueAt === null || calendarDay(cached.dueAt) > query.dueBefore)) continue;
    out.push(status === cached.status ? cached : { ...cached, status });
  }
  return out.sort(compareByDue);
}

function compareByDue(a: Invoice, b: Invoice): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    const byDay = dueSortKey(a.dueAt).localeCompare(dueSortKey(b.dueAt));
    if (byDay !== 0) return byDay;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Calendar dates sort as the start of their day, next to date-times of that day. */
function dueSortKey(dueAt: string): string {
  return dueAt.length === 10 ? `${dueAt}T00:00:00.000Z` : dueAt;
}
