import type { Account, AccountSyncResult } from '../../../src-shared/domain';
import { providerName } from '../../../src-shared/domain';
import type { UserFacingError } from '../errors';
import { cancelledError } from '../http/failures';
import type { RateLimiter } from '../http/rate-limiter';
import { fetchJson, fetchPage, parseFetchedPage, type FetchPageOptions, type RequestCounter } from '../http/request';
import { loadPrevious, setUpAccount, toSyncError, type AccountSetup } from './account-setup';
import { runCursorPages } from './cursor-runner';
import { IncrementalTracker } from './incremental';
import { PageCollector } from './merge';
import { storageError } from './messages';
import { runNumberedPages } from './page-runner';
import { ProgressReporter } from './progress';
import type { PagePipeline, PageRun } from './runner-types';
import { ENGINE_DEFAULTS, type SyncEngineDeps, type SyncOptions } from './types';
import { WarningCollector } from './warnings';

export type LimiterFor = (setup: AccountSetup) => RateLimiter;

interface RunState {
  counter: RequestCounter;
  mode: 'full' | 'incremental';
}

function resultOf(
  account: Account,
  state: RunState,
  error: UserFacingError | null,
  invoiceCount: number,
  warnings: string[] = [],
  discarded?: AccountSyncResult['discarded'],
): AccountSyncResult {
  return {
    accountId: account.id,
    ok: error === null,
    error: error?.info ?? null,
    invoiceCount,
    requests: state.counter.requests,
    mode: state.mode,
    warnings,
    ...(discarded ? { discarded } : {}),
  };
}

/** The engine's retry, timeout and rate-limit settings for one page request of an account. */
function requestOptions(
  deps: SyncEngineDeps,
  setup: AccountSetup,
  limiter: RateLimiter,
  counter: RequestCounter,
  signal: AbortSignal | undefined,
  cursor: string | null,
  pageNumber: number,
): FetchPageOptions {
  return {
    connector: setup.connector,
    ctx: setup.ctx,
    cursor,
    pageLabel: `page ${pageNumber}`,
    fetch: deps.fetch,
    clock: deps.clock,
    limiter,
    random: deps.random ?? Math.random,
    counter,
    signal,
    timeoutMs: deps.requestTimeoutMs ?? ENGINE_DEFAULTS.requestTimeoutMs,
    maxAttempts: deps.maxAttempts ?? ENGINE_DEFAULTS.maxAttempts,
    backoff: deps.backoff,
    maxResponseBytes: deps.maxResponseBytes,
  };
}

/** Fetches one page of an account with the engine's retry, timeout and rate-limit settings. */
function pageFetcher(deps: SyncEngineDeps, setup: AccountSetup, limiter: RateLimiter, counter: RequestCounter, signal: AbortSignal | undefined) {
  return (cursor: string | null, pageNumber: number) => fetchPage(requestOptions(deps, setup, limiter, counter, signal, cursor, pageNumber));
}

/** Pipelined cursor pages for full runs (see cursor-runner.ts); null when the connector cannot peek. */
function pagePipeline(deps: SyncEngineDeps, setup: AccountSetup, limiter: RateLimiter, counter: RequestCounter, signal: AbortSignal): PagePipeline | null {
  const { connector, ctx } = setup;
  if (connector.pagination !== 'cursor' || !connector.peekNext) return null;
  const peekNext = connector.peekNext.bind(connector);
  return {
    fetchBody: (cursor, pageNumber, requestSignal) =>
      fetchJson(requestOptions(deps, setup, limiter, counter, AbortSignal.any([signal, requestSignal]), cursor, pageNumber)),
    parse: (body, pageNumber) => parseFetchedPage(connector, ctx, body, `page ${pageNumber}`),
    peekNext,
  };
}

/**
 * One account, all or nothing: every page must arrive before anything is saved; any failure leaves
 * the previous snapshot as it was. Never rejects: failures come back as ok:false results.
 */
export async function syncAccount(deps: SyncEngineDeps, account: Account, options: SyncOptions, limiterFor: LimiterFor): Promise<AccountSyncResult> {
  const state: RunState = { counter: { requests: 0 }, mode: 'full' };
  const fetchStartedAt = new Date(deps.clock.now()).toISOString();
  const userSignal = options.signal;
  // Aborted when a parallel page fails, so its siblings stop too.
  const siblings = new AbortController();
  const signal = userSignal ? AbortSignal.any([userSignal, siblings.signal]) : siblings.signal;
  try {
    if (userSignal?.aborted) throw cancelledError(providerName(account.provider));
    const setup = await setUpAccount(deps, account);
    const previous = options.full ? null : loadPrevious(deps, account);
    state.mode = previous ? 'incremental' : 'full';
    const tracker = previous ? new IncrementalTracker(previous) : null;
    const collector = new PageCollector();
    const warnings = new WarningCollector();
    const progress = new ProgressReporter(account.id, options.onProgress);

    const limiter = limiterFor(setup);
    // Full runs pipeline cursor pages; incremental runs stay strictly sequential so that a re-sync
    // never sends a request it may not need.
    const pipeline = tracker === null ? pagePipeline(deps, setup, limiter, state.counter, signal) : null;
    const run: PageRun = {
      fetch: pageFetcher(deps, setup, limiter, state.counter, signal),
      ...(pipeline ? { pipeline } : {}),
      record(pageNumber, page) {
        collector.add(pageNumber, page.invoices);
        warnings.add(page.warnings);
        progress.pageDone(collector.distinctCount, page.total);
        return tracker ? tracker.afterPage(page.invoices) : 'continue';
      },
      distinctCount: () => collector.distinctCount,
      providerName: providerName(account.provider),
      maxPages: deps.maxPages ?? ENGINE_DEFAULTS.maxPages,
      pageConcurrency: Math.max(1, deps.pageConcurrency ?? ENGINE_DEFAULTS.pageConcurrency),
      abortSiblings: (reason) => siblings.abort(reason),
    };
    const outcome = setup.connector.pagination === 'cursor' ? await runCursorPages(run) : await runNumberedPages(run, tracker !== null);
    if (userSignal?.aborted) throw cancelledError(providerName(account.provider));

    state.mode = outcome.stoppedEarly ? 'incremental' : 'full';
    // A list read to its end is the whole truth; a run stopped early keeps what lies beyond the overlap.
    const complete = !(previous && outcome.stoppedEarly && !outcome.complete);
    const fetched = collector.invoices();
    const sentences = warnings.sentences(providerName(account.provider), fetched);
    let saved;
    try {
      saved = deps.cache.commit({
        accountId: account.id,
        fetchStartedAt,
        finishedAt: new Date(deps.clock.now()).toISOString(),
        invoices: fetched,
        complete,
        warnings: sentences,
      });
    } catch (error) {
      throw storageError(account.label, error);
    }
    if (saved.outcome === 'account_removed') return resultOf(account, state, null, 0, [], 'account_removed');
    return resultOf(account, state, null, saved.invoiceCount, sentences, saved.outcome === 'superseded' ? 'superseded' : undefined);
  } catch (error) {
    return resultOf(account, state, toSyncError(error, account, userSignal), 0);
  }
}

/** The first page only, with the given secret; nothing is saved. invoiceCount is the provider's total when it says, else the page's count. */
export async function testAccountConnection(
  deps: SyncEngineDeps,
  account: Account,
  secret: string,
  limiterFor: LimiterFor,
  signal?: AbortSignal,
): Promise<AccountSyncResult> {
  const state: RunState = { counter: { requests: 0 }, mode: 'full' };
  try {
    if (signal?.aborted) throw cancelledError(providerName(account.provider));
    const setup = await setUpAccount(deps, account, secret);
    const page = await pageFetcher(deps, setup, limiterFor(setup), state.counter, signal)(null, 1);
    const warnings = new WarningCollector();
    warnings.add(page.warnings);
    return resultOf(account, state, null, page.total ?? page.invoices.length, warnings.sentences(providerName(account.provider), page.invoices));
  } catch (error) {
    return resultOf(account, state, toSyncError(error, account, signal), 0);
  }
}
