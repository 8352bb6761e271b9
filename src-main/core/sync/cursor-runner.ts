import type { PageResult } from '../connectors/types';
import { pageCapError, repeatedCursorError } from './messages';
import type { PagePipeline, PageRun, RunOutcome } from './runner-types';

/**
 * Cursor pagination: each page names the next, so pages are read strictly in order. A cursor that
 * comes back a second time is a loop (the provider would serve the same pages forever) and stops the
 * run; so does a list longer than `maxPages`.
 *
 * With a pipeline (full runs), the request for page N+1 leaves as soon as page N's body has arrived,
 * using the connector's peek at the next cursor, and page N is validated and mapped meanwhile: only
 * the network stays on the sequential path. The early request is used only if the validated page
 * names the same cursor; otherwise (or when page N fails) it is aborted and nothing from it is kept.
 */
export async function runCursorPages(run: PageRun): Promise<RunOutcome> {
  const used = new Set<string>();
  let cursor: string | null = null;
  const pipelined = run.pipeline ? new Pipelined(run.pipeline) : null;
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page: PageResult = pipelined ? await pipelined.page(cursor, pageNumber, (next) => next !== cursor && !used.has(next) && pageNumber < run.maxPages) : await run.fetch(cursor, pageNumber);
    const verdict = run.record(pageNumber, page);
    if (verdict === 'stop' || page.next === null) {
      pipelined?.discard();
      return { stoppedEarly: verdict === 'stop', complete: page.next === null, pages: pageNumber };
    }
    if (used.has(page.next) || page.next === cursor) {
      pipelined?.discard();
      throw repeatedCursorError(run.providerName, `page ${pageNumber}`);
    }
    if (pageNumber >= run.maxPages) {
      pipelined?.discard();
      throw pageCapError(run.providerName, run.maxPages);
    }
    used.add(page.next);
    cursor = page.next;
  }
}

interface EarlyRequest {
  cursor: string;
  body: Promise<unknown>;
  controller: AbortController;
}

/** One page ahead: holds the request started early for the next page. */
class Pipelined {
  private early: EarlyRequest | null = null;

  constructor(private readonly pipeline: PagePipeline) {}

  async page(cursor: string | null, pageNumber: number, mayPrefetch: (next: string) => boolean): Promise<PageResult> {
    const body = await this.bodyFor(cursor, pageNumber);
    const peeked = this.pipeline.peekNext(body);
    if (typeof peeked === 'string' && mayPrefetch(peeked)) {
      this.early = this.start(peeked, pageNumber + 1);
      // The request's path to the socket is a chain of promise continuations; validating synchronously
      // now would hold it back. One event-loop turn lets it leave first.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    try {
      const page = this.pipeline.parse(body, pageNumber);
      if (this.early !== null && this.early.cursor !== page.next) this.discard();
      return page;
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  /** Aborts the early request, if any; its outcome is ignored. */
  discard(): void {
    this.early?.controller.abort(new Error('page not needed'));
    this.early = null;
  }

  private bodyFor(cursor: string | null, pageNumber: number): Promise<unknown> {
    const early = this.early;
    this.early = null;
    if (early !== null && early.cursor === cursor) return early.body;
    early?.controller.abort(new Error('page not needed'));
    return this.pipeline.fetchBody(cursor, pageNumber, new AbortController().signal);
  }

  private start(cursor: string, pageNumber: number): EarlyRequest {
    const controller = new AbortController();
    const body = this.pipeline.fetchBody(cursor, pageNumber, controller.signal);
    // An early request that is discarded may fail (aborted): that outcome is nobody's concern.
    body.catch(() => undefined);
    return { cursor, body, controller };
  }
}
