import type { Invoice } from '../../../src-shared/domain';

/**
 * Collects pages (possibly arriving out of order) and builds one account's invoice list.
 *
 * Duplicates (same id on two pages, e.g. when a new invoice shifts a page-numbered list while we
 * read it): the copy from the LATER position in the provider's list order wins, placed where the
 * invoice first appeared. The choice depends on list order, not on which request finished first, so it
 * is deterministic even with parallel page fetches; and for sequential reads the later page was also
 * read later, so it is the fresher copy.
 */
export class PageCollector {
  private readonly pages: Array<readonly Invoice[] | undefined> = [];
  private readonly seenIds = new Set<string>();

  /** Records page `pageNumber` (1-based). */
  add(pageNumber: number, invoices: readonly Invoice[]): void {
    this.pages[pageNumber - 1] = invoices;
    for (const invoice of invoices) this.seenIds.add(invoice.id);
  }

  /** Distinct invoices collected so far. */
  get distinctCount(): number {
    return this.seenIds.size;
  }

  /** The deduplicated invoices in list order. */
  invoices(): Invoice[] {
    const byId = new Map<string, Invoice>();
    for (const page of this.pages) for (const invoice of page ?? []) byId.set(invoice.id, invoice);
    return [...byId.values()];
  }
}

/**
 * An incremental run stopped early: fetched invoices replace cached ones with the same id; cached
 * invoices not fetched again (older than the overlap) are kept as they were (their status is the
 * provider's word; overdue is decided when shown, on the local calendar). Fetched come first, in list
 * order, then the kept ones in cached order.
 */
export function mergeIncremental(fetched: readonly Invoice[], cached: readonly Invoice[]): Invoice[] {
  const fetchedIds = new Set(fetched.map((invoice) => invoice.id));
  return [...fetched, ...cached.filter((invoice) => !fetchedIds.has(invoice.id))];
}
