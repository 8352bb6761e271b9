import type { PageResult } from '../connectors/types';
import { countMismatchError, inconsistentListError, wrongPageError } from './messages';

/**
 * Page-numbered lists are read as independent requests (in parallel once page 1 gives the page
 * count), so nothing ties one page to the next except what each response says about itself. A server
 * that ignores `?page=` answers page 1 every time; a list that changes while it is read shifts
 * invoices across page boundaries (one is read twice, another never). Either way the pages are not
 * the list, and saving them as the whole truth would drop invoices. So every page must:
 * - say it is the page that was asked for (when the provider says which page it is), and
 * - report the same invoice total and page count as page 1;
 * and once every page is read, the distinct invoices must add up to the reported total.
 * Any mismatch fails the account's sync; the previous snapshot stays.
 */
export class PageIntegrity {
  private first: PageResult | null = null;

  constructor(private readonly providerName: string) {}

  /** Checks one fetched page against the page asked for and against page 1; returns it unchanged. */
  check(requested: number, page: PageResult): PageResult {
    const reported = page.reportedPage;
    if (reported !== undefined && reported !== null && reported !== requested) throw wrongPageError(this.providerName, requested, reported);
    const first = this.first;
    if (first === null) {
      this.first = page;
      return page;
    }
    if (first.total !== null && page.total !== null && page.total !== first.total) {
      throw inconsistentListError(this.providerName, 'invoices', first.total, requested, page.total);
    }
    if (first.pageCount !== null && page.pageCount !== null && page.pageCount !== first.pageCount) {
      throw inconsistentListError(this.providerName, 'pages', first.pageCount, requested, page.pageCount);
    }
    return page;
  }

  /** After every page was read: the distinct invoices collected must be the total page 1 reported. */
  checkComplete(distinct: number): void {
    const total = this.first?.total ?? null;
    if (total !== null && distinct !== total) throw countMismatchError(this.providerName, total, distinct);
  }
}
