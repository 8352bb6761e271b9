import type { PageResult } from '../connectors/types';
import { badResponse, isUserFacingError } from '../errors';
import { runCursorPages } from './cursor-runner';
import type { PagePipeline, PageRun } from './runner-types';

type Body = { items: string[]; next: string | null; peek?: string | null; broken?: boolean };

/** A run over scripted pages keyed by cursor ('' = first page), recording the order of events. */
function scripted(pages: Record<string, Body>, options: { pipeline?: boolean } = {}) {
  const log: string[] = [];
  const aborted: string[] = [];
  const pending = new Map<string, () => void>();
  const pipeline: PagePipeline = {
    async fetchBody(cursor, pageNumber, signal) {
      const key = cursor ?? '';
      // Like the real request path (rate limiter, then fetch), the request leaves after a few promise hops.
      for (let hop = 0; hop < 5; hop++) await Promise.resolve();
      log.push(`request ${key || 'first'}`);
      return new Promise((resolve, reject) => {
        const body = pages[key];
        signal.addEventListener('abort', () => {
          aborted.push(key);
          reject(new Error('aborted'));
        });
        // Bodies arrive when the test says so (or at once), so ordering is deterministic.
        pending.set(key, () => (body ? resolve(body) : reject(new Error(`no page ${key}`))));
        if (pageNumber === 1) pending.get(key)?.();
      });
    },
    parse(raw, pageNumber) {
      const body = raw as Body;
      log.push(`parse ${pageNumber}`);
      if (body.broken) throw badResponse('Test', `page ${pageNumber}`, 'items[0]', 'expected integer');
      return { invoices: [], next: body.next, total: null, pageCount: null } satisfies PageResult;
    },
    peekNext: (raw) => {
      const body = raw as Body;
      return body.peek === undefined ? body.next : body.peek;
    },
  };
  const run: PageRun = {
    fetch: async (cursor, pageNumber) => pipeline.parse(await pipeline.fetchBody(cursor, pageNumber, new AbortController().signal), pageNumber),
    record: () => 'continue',
    distinctCount: () => 0,
    providerName: 'Test',
    maxPages: 10,
    pageConcurrency: 1,
    abortSiblings: () => undefined,
    ...(options.pipeline === false ? {} : { pipeline }),
  };
  // Later pages answer as soon as they are requested, after the current task.
  const release = (): void => {
    for (const [key, answer] of pending) {
      pending.delete(key);
      setImmediate(answer);
    }
  };
  const timer = setInterval(release, 0);
  return { run, log, aborted, stop: () => clearInterval(timer) };
}

describe('runCursorPages with a pipeline', () => {
  it('requests the next page before validating the current one, and reads every page once', async () => {
    const s = scripted({ '': { items: ['a'], next: 'c2' }, c2: { items: ['b'], next: 'c3' }, c3: { items: ['c'], next: null } });
    const outcome = await runCursorPages(s.run);
    s.stop();
    expect(outcome).toEqual({ stoppedEarly: false, complete: true, pages: 3 });
    expect(s.log).toEqual(['request first', 'request c2', 'parse 1', 'request c3', 'parse 2', 'parse 3']);
    expect(s.aborted).toEqual([]);
  });

  it('a page that fails validation aborts the request started early and fails the run', async () => {
    const s = scripted({ '': { items: ['a'], next: 'c2', broken: true }, c2: { items: ['b'], next: null } });
    const failure = await runCursorPages(s.run).catch((error: unknown) => error);
    s.stop();
    expect(isUserFacingError(failure) && failure.kind).toBe('bad_response');
    expect(s.aborted).toEqual(['c2']);
  });

  it('a wrong peek is discarded and the validated cursor is fetched instead', async () => {
    const s = scripted({ '': { items: ['a'], next: 'c2', peek: 'wrong' }, c2: { items: ['b'], next: null }, wrong: { items: [], next: null } });
    const outcome = await runCursorPages(s.run);
    s.stop();
    expect(outcome.pages).toBe(2);
    expect(s.aborted).toEqual(['wrong']);
    expect(s.log).toContain('request c2');
  });

  it('never prefetches a cursor it has already used: the loop guard still stops a repeating cursor', async () => {
    const s = scripted({ '': { items: ['a'], next: 'c2' }, c2: { items: ['b'], next: 'c2' } });
    const failure = await runCursorPages(s.run).catch((error: unknown) => error);
    s.stop();
    expect(isUserFacingError(failure) && failure.message).toMatch(/same page twice|repeat/i);
    expect(s.log.filter((line) => line === 'request c2')).toHaveLength(1);
  });

  it('without a pipeline (incremental runs) pages stay strictly sequential', async () => {
    const s = scripted({ '': { items: ['a'], next: 'c2' }, c2: { items: ['b'], next: null } }, { pipeline: false });
    await runCursorPages(s.run);
    s.stop();
    expect(s.log).toEqual(['request first', 'parse 1', 'request c2', 'parse 2']);
  });
});
