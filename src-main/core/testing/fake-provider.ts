import type { FetchLike } from '../http/types';
import type { TestRecord } from './test-connector';
import type { FakeClock } from './fake-clock';

/** One request the fake provider received. */
export interface FakeCall {
  /** 0-based order of arrival. */
  index: number;
  url: URL;
  /** Page number (page style) or null. */
  page: number | null;
  /** Cursor (cursor style) or null. */
  cursor: string | null;
  headers: Record<string, string>;
  /** Requests in flight (this one included) when it arrived. */
  inFlightAtStart: number;
  /** Virtual time it arrived. */
  at: number;
}

/** What a fault hook may answer: a Response to send instead, 'network' to fail the connection, or nothing. */
export type FaultAnswer = Response | 'network' | 'hang' | undefined;

export interface FakeProviderOptions {
  style: 'cursor' | 'page';
  /** Served in this order (build them newest first). Mutable through `records`. */
  records: TestRecord[];
  clock?: FakeClock;
  /** Virtual latency per request (on the fake clock). Default 0. */
  latencyMs?: number;
  /** Called for every request before serving it. */
  fault?: (call: FakeCall) => FaultAnswer;
  /** Overrides the body for a call (e.g. to repeat a cursor). */
  rewrite?: (call: FakeCall, body: Record<string, unknown>) => Record<string, unknown>;
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function networkFailure(): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });
}

/**
 * An in-process provider speaking the test connector's dialect, with call tracking (for order and
 * concurrency assertions) and fault injection.
 */
export class FakeProvider {
  records: TestRecord[];
  readonly calls: FakeCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Order of page completions ("page 3" or cursor text), for concurrency assertions. */
  readonly completions: string[] = [];

  constructor(private readonly options: FakeProviderOptions) {
    this.records = options.records;
  }

  readonly fetch: FetchLike = async (url, init) => {
    const parsed = new URL(url);
    const pageParam = parsed.searchParams.get('page');
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const call: FakeCall = {
      index: this.calls.length,
      url: parsed,
      page: pageParam === null ? null : Number(pageParam),
      cursor: parsed.searchParams.get('cursor'),
      headers: init.headers ?? {},
      inFlightAtStart: this.inFlight,
      at: this.options.clock?.now() ?? 0,
    };
    this.calls.push(call);
    try {
      if (this.options.latencyMs && this.options.clock) await this.options.clock.sleep(this.options.latencyMs, init.signal);
      const fault = this.options.fault?.(call);
      if (fault === 'network') throw networkFailure();
      if (fault === 'hang') {
        // Never answers; gives up only when the request is aborted.
        return await new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
        });
      }
      if (fault) return fault;
      const body = this.serve(call);
      this.completions.push(call.page !== null ? `page ${call.page}` : (call.cursor ?? 'first'));
      return jsonResponse(this.options.rewrite ? this.options.rewrite(call, body) : body);
    } finally {
      this.inFlight -= 1;
    }
  };

  private serve(call: FakeCall): Record<string, unknown> {
    const size = Number(call.url.searchParams.get(this.options.style === 'page' ? 'per_page' : 'limit') ?? '10');
    const total = this.records.length;
    if (this.options.style === 'page') {
      const page = call.page ?? 1;
      const pageCount = Math.max(1, Math.ceil(total / size));
      return { items: this.records.slice((page - 1) * size, page * size), page, pageCount, total };
    }
    // Stripe-like: the cursor is the id of the last item already seen.
    const start = call.cursor === null ? 0 : this.records.findIndex((r) => r.id === call.cursor) + 1;
    const items = this.records.slice(start, start + size);
    const last = items[items.length - 1];
    const next = start + size < total && last ? last.id : null;
    return { items, next, total };
  }
}

/**
 * `count` records newest first: ids inv-<count> .. inv-1, one day apart ending at `newestIso`.
 * `statusOf(n)` picks the status of inv-n (default paid).
 */
export function makeRecords(
  count: number,
  options: { newestIso?: string; statusOf?: (n: number) => TestRecord['status']; dueInDays?: number } = {},
): TestRecord[] {
  const newest = Date.parse(options.newestIso ?? '2026-06-14T10:00:00.000Z');
  const records: TestRecord[] = [];
  for (let n = count; n >= 1; n -= 1) {
    const issued = newest - (count - n) * 86_400_000;
    records.push({
      id: `inv-${n}`,
      status: options.statusOf?.(n) ?? 'paid',
      total: 1000 + n,
      currency: 'USD',
      issuedAt: new Date(issued).toISOString(),
      dueAt: new Date(issued + (options.dueInDays ?? 30) * 86_400_000).toISOString(),
      updatedAt: null,
    });
  }
  return records;
}
