import { providerName } from '../../../src-shared/domain';
import type { Connector, ConnectorContext, PageResult } from '../connectors/types';
import { isUserFacingError, type UserFacingError } from '../errors';
import type { Clock, FetchLike } from './types';
import { attemptOnce } from './attempt';
import type { BackoffOptions, RandomSource } from './backoff';
import { createBackoff, DEFAULT_BACKOFF } from './backoff';
import { DEFAULT_MAX_RESPONSE_BYTES } from './body';
import {
  cancelledError,
  httpError,
  invalidJsonError,
  networkError,
  redirectRefusedError,
  responseTooLargeError,
  timeoutError,
  unreadablePageError,
} from './failures';
import type { RateLimiter } from './rate-limiter';
import { parseRetryAfter } from './retry-after';

/** Counts HTTP requests actually sent (retries included), shared by every page of one account run. */
export interface RequestCounter {
  requests: number;
}

export interface FetchPageOptions {
  connector: Connector;
  ctx: ConnectorContext;
  /** null for the first page; for 'page' connectors the page number as text. */
  cursor: string | null;
  /** How the page is named in errors ("page 3"). */
  pageLabel: string;
  fetch: FetchLike;
  clock: Clock;
  limiter: RateLimiter;
  random: RandomSource;
  counter: RequestCounter;
  signal?: AbortSignal | undefined;
  /** Per attempt, headers and body together. Default 30 s. */
  timeoutMs?: number | undefined;
  /** Attempts in all, the first included. Default 5. */
  maxAttempts?: number | undefined;
  backoff?: BackoffOptions | undefined;
  /** A Retry-After longer than this is not waited for: the page fails now as rate_limited. Default 120 s. */
  maxRetryAfterMs?: number | undefined;
  /** Decoded bytes one page's body may have; a larger page fails the account (never retried). Default 16 MB. */
  maxResponseBytes?: number | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;

const RETRYABLE_SERVER = new Set([500, 502, 503, 504]);

/**
 * Fetches, reads and parses one page. Retries 429 (honouring Retry-After, and at most the connector's
 * `maxRetriesWithoutRetryAfter` times without it), 500/502/503/504 and network failures (refused,
 * reset, timeout, a body cut mid-stream) with exponential backoff and jitter, up to `maxAttempts`.
 * Every other HTTP error goes through `connector.classifyError`. Throws UserFacingError only; cancellation
 * is kind 'cancelled' and is never retried.
 */
export async function fetchPage(options: FetchPageOptions): Promise<PageResult> {
  const body = await fetchJson(options);
  return parseFetchedPage(options.connector, options.ctx, body, options.pageLabel);
}

/** Validates and maps a fetched body; anything but a UserFacingError becomes an "unreadable page" error. */
export function parseFetchedPage(connector: Connector, ctx: ConnectorContext, body: unknown, pageLabel: string): PageResult {
  try {
    return connector.parsePage(body, ctx, pageLabel);
  } catch (error) {
    if (isUserFacingError(error)) throw error;
    throw unreadablePageError(providerName(connector.provider), pageLabel, error instanceof Error ? error.message : String(error));
  }
}

/** The retrying request, up to the parsed JSON body of a 2xx response. */
export async function fetchJson(options: FetchPageOptions): Promise<unknown> {
  const { connector, ctx, cursor, pageLabel, clock, limiter, counter, signal } = options;
  const name = providerName(connector.provider);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const maxBodyBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const backoff = createBackoff(options.backoff ?? DEFAULT_BACKOFF, options.random);
  let limitedWithoutRetryAfter = 0;

  /** Waits on the clock; an abort during the wait becomes a 'cancelled' error. */
  const wait = async (ms: number): Promise<void> => {
    try {
      if (ms > 0) await clock.sleep(ms, signal);
    } catch {
      throw cancelledError(name);
    }
    if (signal?.aborted) throw cancelledError(name);
  };

  for (let attempt = 1; ; attempt += 1) {
    try {
      await limiter.acquire(signal);
    } catch {
      throw cancelledError(name);
    }
    // Built per attempt so a connector may refresh anything time-bound; the secret stays in headers.
    const request = connector.buildPageRequest(ctx, cursor);
    counter.requests += 1;
    const outcome = await attemptOnce({ fetch: options.fetch, clock, url: request.url, headers: request.headers, timeoutMs, signal, maxBodyBytes });
    const lastAttempt = attempt >= maxAttempts;

    switch (outcome.type) {
      case 'cancelled':
        throw cancelledError(name);
      // Neither is a passing fault: the same request would get the same answer, so no retry.
      case 'redirect_refused':
        throw redirectRefusedError(name, pageLabel, outcome.host);
      case 'too_large':
        throw responseTooLargeError(name, pageLabel, maxBodyBytes);
      case 'timeout':
        if (lastAttempt) throw timeoutError(name, pageLabel, timeoutMs);
        await wait(backoff.next());
        continue;
      case 'network':
        if (lastAttempt) throw networkError(name, pageLabel, outcome.cause);
        await wait(backoff.next());
        continue;
      case 'response':
        break;
    }

    const { status, bodyText, headers } = outcome;
    if (outcome.ok) {
      limiter.noteSuccess();
      try {
        return JSON.parse(bodyText) as unknown;
      } catch {
        throw invalidJsonError(name, pageLabel);
      }
    }

    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), clock.now());
    const retryAtIso = retryAfterMs === null ? null : new Date(clock.now() + retryAfterMs).toISOString();
    const classified = (): UserFacingError =>
      httpError(connector.classifyError({ status, bodyText, headers, ctx }), name, pageLabel, status, retryAtIso);

    if (status === 429) {
      if (retryAfterMs !== null) {
        if (lastAttempt || retryAfterMs > maxRetryAfterMs) throw classified();
        limiter.noteRateLimited(retryAfterMs);
        continue;
      }
      limitedWithoutRetryAfter += 1;
      if (lastAttempt || limitedWithoutRetryAfter > connector.rateLimit.maxRetriesWithoutRetryAfter) throw classified();
      // A provider with a minimum gap (Vast) gets its official client's 150 ms x1.5 growth; the others
      // back off with jitter. Either way the pause applies to every request of this identity.
      limiter.noteRateLimited(connector.rateLimit.minGapMs !== undefined ? null : backoff.next());
      continue;
    }

    if (RETRYABLE_SERVER.has(status)) {
      if (lastAttempt || (retryAfterMs !== null && retryAfterMs > maxRetryAfterMs)) throw classified();
      await wait(retryAfterMs ?? backoff.next());
      continue;
    }

    throw classified();
  }
}
