import { pageCapError, repeatedCursorError } from './messages';
import type { PageRun, RunOutcome } from './runner-types';

/**
 * Cursor pagination: each page names the next, so pages are read strictly in order. A cursor that
 * comes back a second time is a loop (the provider would serve the same pages forever) and stops the
 * run; so does a list longer than `maxPages`.
 */
export async function runCursorPages(run: PageRun): Promise<RunOutcome> {
  const used = new Set<string>();
  let cursor: string | null = null;
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page = await run.fetch(cursor, pageNumber);
    const verdict = run.record(pageNumber, page);
    if (verdict === 'stop') return { stoppedEarly: true, complete: page.next === null, pages: pageNumber };
    if (page.next === null) return { stoppedEarly: false, complete: true, pages: pageNumber };
    if (used.has(page.next) || page.next === cursor) throw repeatedCursorError(run.providerName, `page ${pageNumber}`);
    if (pageNumber >= run.maxPages) throw pageCapError(run.providerName, run.maxPages);
    used.add(page.next);
    cursor = page.next;
  }
}
