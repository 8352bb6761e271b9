import type { Clock, FetchLike } from './types';
import { raceAbort } from './abort';
import { ERROR_BODY_BYTES, readCappedText } from './body';
import { describeNetworkCause } from './failures';
import { MAX_REDIRECTS, redirectVerdict } from './redirects';

/** What one HTTP attempt came to, before any retry decision. */
export type AttemptOutcome =
  | { type: 'response'; status: number; ok: boolean; bodyText: string; headers: Headers }
  | { type: 'network'; cause: string }
  | { type: 'timeout' }
  | { type: 'cancelled' }
  /** A redirect to another origin (or too many in a row): not followed, the credential stayed here. */
  | { type: 'redirect_refused'; host: string }
  /** A 2xx body larger than `maxBodyBytes` once decoded: abandoned at the cap. */
  | { type: 'too_large' };

export interface AttemptInput {
  fetch: FetchLike;
  clock: Clock;
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** Decoded bytes a successful body may have (error bodies are read up to 64 KB and cut). */
  maxBodyBytes: number;
}

class RequestTimeout extends Error {
  constructor() {
    super('request timed out');
    this.name = 'TimeoutError';
  }
}

/**
 * One GET with a timeout measured on the injected clock and covering the whole exchange (redirect
 * hops, headers and body). Redirects are handled here ('manual'): only same-origin hops are followed,
 * with the same headers. The body is streamed with a cap on its decoded size, so one attempt never
 * holds more than `maxBodyBytes`, and a retry starts from nothing. A body that breaks mid-stream is a
 * network outcome.
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
    let url = input.url;
    for (let hop = 0; ; hop += 1) {
      const response = await raceAbort(input.fetch(url, { method: 'GET', headers: input.headers, signal: combined, redirect: 'manual' }), combined);
      const verdict = redirectVerdict(url, response.status, response.headers.get('location'));
      if (verdict.type === 'none') return await raceAbort(readOutcome(response, input.maxBodyBytes), combined);
      await response.body?.cancel().catch(() => undefined);
      if (verdict.type === 'refuse') return { type: 'redirect_refused', host: verdict.host };
      if (hop >= MAX_REDIRECTS) return { type: 'redirect_refused', host: 'a loop of redirects' };
      url = verdict.url;
    }
  } catch (error) {
    if (signal?.aborted) return { type: 'cancelled' };
    if (timedOut) return { type: 'timeout' };
    return { type: 'network', cause: describeNetworkCause(error) };
  } finally {
    stopTimer.abort();
  }
}

async function readOutcome(response: Response, maxBodyBytes: number): Promise<AttemptOutcome> {
  const { status, ok, headers } = response;
  const body = await readCappedText(response, ok ? maxBodyBytes : Math.min(maxBodyBytes, ERROR_BODY_BYTES), ok ? 'fail' : 'truncate');
  if (body === null) return { type: 'too_large' };
  return { type: 'response', status, ok, bodyText: body.text, headers };
}
