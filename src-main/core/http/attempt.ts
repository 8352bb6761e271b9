import type { Clock, FetchLike } from './types';
import { raceAbort } from './abort';
import { describeNetworkCause } from './failures';

/** What one HTTP attempt came to, before any retry decision. */
export type AttemptOutcome =
  | { type: 'response'; status: number; ok: boolean; bodyText: string; headers: Headers }
  | { type: 'network'; cause: string }
  | { type: 'timeout' }
  | { type: 'cancelled' };

export interface AttemptInput {
  fetch: FetchLike;
  clock: Clock;
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

class RequestTimeout extends Error {
  constructor() {
    super('request timed out');
    this.name = 'TimeoutError';
  }
}

/**
 * One GET with a timeout measured on the injected clock and covering the whole exchange (headers and
 * body). The timeout and the caller's signal are combined into the signal given to fetch; the body is
 * read here, so a body that breaks mid-stream is a network outcome.
 */
export async function attemptOnce(input: AttemptInput): Promise<AttemptOutcome> {
  const { signal } = input;
  if (signal?.aborted) return { type: 'cancelled' };
  const timeout = new AbortController();
  const stopTimer = new AbortController();
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let timedOut = false;
  void input.clock.sleep(input.timeoutMs, stopTimer.signal).then(
    () => {
      timedOut = true;
      timeout.abort(new RequestTimeout());
    },
    () => undefined,
  );
  try {
    const response = await raceAbort(input.fetch(input.url, { method: 'GET', headers: input.headers, signal: combined }), combined);
    const bodyText = await raceAbort(response.text(), combined);
    return { type: 'response', status: response.status, ok: response.ok, bodyText, headers: response.headers };
  } catch (error) {
    if (signal?.aborted) return { type: 'cancelled' };
    if (timedOut) return { type: 'timeout' };
    return { type: 'network', cause: describeNetworkCause(error) };
  } finally {
    stopTimer.abort();
  }
}
