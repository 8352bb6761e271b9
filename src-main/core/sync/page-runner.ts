import type { PageResult } from '../connectors/types';
import type { PageVerdict } from './incremental';
import { pageCapError, repeatedCursorError } from './messages';
import { PageIntegrity } from './page-integrity';
import { runPool } from './pool';
import type { PageRun, RunOutcome } from './runner-types';

type Fetch = PageRun['fetch'];

/**
 * Page-numbered pagination. Page 1 tells the page count; pages 2..N are then independent and fetched
 * in parallel (at most `pageConcurrency` at once). An incremental run reads them one by one instead,
 * newest first, until the stop rule fires, and switches to parallel for the rest if it gives up
 * ('exhaustive'). Without a page count we follow `next` one page at a time.
 *
 * Every page is checked (see page-integrity.ts): it must be the page asked for and agree with page 1
 * on the total and the page count; a run that read every page must hold exactly the reported total.
 */
export async function runNumberedPages(run: PageRun, incremental: boolean): Promise<RunOutcome> {
  const integrity = new PageIntegrity(run.providerName);
  const fetch: Fetch = async (cursor, pageNumber) => integrity.check(pageNumber, await run.fetch(cursor, pageNumber));
  const outcome = await readPages(run, fetch, incremental);
  if (outcome.complete) integrity.checkComplete(run.distinctCount());
  return outcome;
}

async function readPages(run: PageRun, fetch: Fetch, incremental: boolean): Promise<RunOutcome> {
  const first = await fetch(null, 1);
  let verdict: PageVerdict = run.record(1, first);
  if (verdict === 'stop') return { stoppedEarly: true, complete: isLast(first, 1), pages: 1 };
  if (first.pageCount === null) return followNext(run, fetch, first);

  const pageCount = first.pageCount;
  if (pageCount > run.maxPages) throw pageCapError(run.providerName, run.maxPages);

  let nextPage = 2;
  if (incremental) {
    while (nextPage <= pageCount && verdict === 'continue') {
      const page = await fetch(String(nextPage), nextPage);
      verdict = run.record(nextPage, page);
      if (verdict === 'stop') return { stoppedEarly: true, complete: nextPage === pageCount, pages: nextPage };
      nextPage += 1;
    }
  }

  const rest: number[] = [];
  for (let n = nextPage; n <= pageCount; n += 1) rest.push(n);
  await runPool(
    rest,
    run.pageConcurrency,
    async (n) => {
      run.record(n, await fetch(String(n), n));
    },
    { failFast: true, onFirstError: (error) => run.abortSiblings(error) },
  );
  return { stoppedEarly: false, complete: true, pages: pageCount };
}

function isLast(page: PageResult, pageNumber: number): boolean {
  return page.next === null && (page.pageCount === null || page.pageCount <= pageNumber);
}

/** No page count: read page after page as `next` says, with the same loop and cap guards as cursors. */
async function followNext(run: PageRun, fetch: Fetch, first: PageResult): Promise<RunOutcome> {
  const used = new Set<string>(['1']);
  let page = first;
  for (let pageNumber = 1; ; ) {
    if (page.next === null) return { stoppedEarly: false, complete: true, pages: pageNumber };
    if (used.has(page.next)) throw repeatedCursorError(run.providerName, `page ${pageNumber}`);
    if (pageNumber >= run.maxPages) throw pageCapError(run.providerName, run.maxPages);
    used.add(page.next);
    pageNumber += 1;
    page = await fetch(page.next, pageNumber);
    if (run.record(pageNumber, page) === 'stop') return { stoppedEarly: true, complete: page.next === null, pages: pageNumber };
  }
}
