import type { Account } from '../../../src-shared/domain';
import type { RateLimitPolicy } from '../connectors/types';
import { isUserFacingError, type UserFacingError } from '../errors';
import { FakeClock } from '../testing/fake-clock';
import { FakeProvider, jsonResponse, makeRecords, type FakeCall, type FaultAnswer } from '../testing/fake-provider';
import { createTestConnector } from '../testing/test-connector';
import { RateLimiter } from './rate-limiter';
import { fetchPage, type FetchPageOptions } from './request';

const SECRET = 'sk_live_SUPERSECRET';
const account: Account = { id: 'acc-1', provider: 'gpuoutlet', label: 'Main', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false };

function setup(fault?: (call: FakeCall) => FaultAnswer, policy?: RateLimitPolicy) {
  const clock = new FakeClock();
  const connector = createTestConnector({ pagination: 'cursor', pageSize: 10, ...(policy ? { rateLimit: policy } : {}) });
  const provider = new FakeProvider({ style: 'cursor', records: makeRecords(5), clock, ...(fault ? { fault } : {}) });
  const counter = { requests: 0 };
  const limiter = new RateLimiter(connector.rateLimit, clock);
  const run = (extra: Partial<FetchPageOptions> = {}) =>
    fetchPage({
      connector,
      ctx: { account, baseUrl: 'https://fake.test', secret: SECRET, nowMs: clock.now() },
      cursor: null,
      pageLabel: 'page 1',
      fetch: provider.fetch,
      clock,
      limiter,
      random: () => 0.5,
      counter,
      ...extra,
    });
  /** Sleeps other than the per-request timeout timers. */
  const waits = (): number[] => clock.sleeps.filter((ms) => ms !== 30_000);
  return { clock, provider, counter, run, waits };
}

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    if (isUserFacingError(error)) {
      expect(error.message).not.toContain(SECRET);
      expect(error.detail ?? '').not.toContain(SECRET);
      expect(JSON.stringify(error.info)).not.toContain(SECRET);
      return error;
    }
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

const rateLimited = (headers: Record<string, string> = {}): Response => jsonResponse({ error: 'rate_limited' }, 429, headers);

describe('fetchPage', () => {
  it('fetches and parses one page with one request, secret in headers only', async () => {
    const { run, counter, provider } = setup();
    const page = await run();
    expect(page.invoices).toHaveLength(5);
    expect(counter.requests).toBe(1);
    expect(provider.calls[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(provider.calls[0]?.url.toString()).not.toContain(SECRET);
  });

  it('honours Retry-After in seconds', async () => {
    const { run, counter, waits, clock } = setup((call) => (call.index === 0 ? rateLimited({ 'retry-after': '7' }) : undefined));
    const start = clock.now();
    await run();
    expect(counter.requests).toBe(2);
    expect(waits()).toEqual([7_000]);
    expect(clock.now() - start).toBe(7_000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const { run, counter, waits, clock } = setup((call) =>
      call.index === 0 ? rateLimited({ 'retry-after': new Date(clock.now() + 12_000).toUTCString() }) : undefined,
    );
    await run();
    expect(counter.requests).toBe(2);
    expect(waits()).toEqual([12_000]);
  });

  it('retries a 429 without Retry-After only the connector-allowed number of times', async () => {
    const { run, counter } = setup(() => rateLimited(), { maxRetriesWithoutRetryAfter: 2 });
    const error = await failure(run());
    expect(error.kind).toBe('rate_limited');
    expect(counter.requests).toBe(3);
  });

  it("backs off Vast-style (150 ms, x1.5) on 429 without Retry-After for a min-gap provider", async () => {
    const { run, counter, waits } = setup((call) => (call.index < 2 ? rateLimited() : undefined), { minGapMs: 0, maxRetriesWithoutRetryAfter: 5 });
    await run();
    expect(counter.requests).toBe(3);
    expect(waits()).toEqual([150, 225]);
  });

  it('does not wait for a Retry-After beyond the limit: fails as rate_limited with retryAfter', async () => {
    const { run, counter, clock } = setup(() => rateLimited({ 'retry-after': '3600' }));
    const error = await failure(run());
    expect(error.kind).toBe('rate_limited');
    expect(error.info.retryAfter).toBe(new Date(clock.now() + 3_600_000).toISOString());
    expect(counter.requests).toBe(1);
  });

  it('retries 5xx with exponential backoff, then succeeds', async () => {
    const { run, counter, waits } = setup((call) =>
      call.index === 0 ? jsonResponse({}, 503) : call.index === 1 ? jsonResponse({}, 500) : call.index === 2 ? jsonResponse({}, 502) : undefined,
    );
    const page = await run();
    expect(page.invoices).toHaveLength(5);
    expect(counter.requests).toBe(4);
    // full jitter with random 0.5: 0.5 * 500 * 2^n
    expect(waits()).toEqual([250, 500, 1000]);
  });

  it('honours Retry-After on a 503', async () => {
    const { run, waits } = setup((call) => (call.index === 0 ? jsonResponse({}, 503, { 'retry-after': '4' }) : undefined));
    await run();
    expect(waits()).toEqual([4_000]);
  });

  it('gives up on persistent 5xx after maxAttempts with the classified error', async () => {
    const { run, counter } = setup(() => jsonResponse({}, 504));
    const error = await failure(run({ maxAttempts: 4 }));
    expect(error.kind).toBe('server');
    expect(counter.requests).toBe(4);
  });

  it('sends non-retryable errors through classifyError without retrying', async () => {
    const { run, counter } = setup(() => jsonResponse({ error: 'unauthorized' }, 401));
    const error = await failure(run());
    expect(error.kind).toBe('auth');
    expect(counter.requests).toBe(1);
  });

  it('retries a network error, then succeeds', async () => {
    const { run, counter } = setup((call) => (call.index < 2 ? 'network' : undefined));
    expect((await run()).invoices).toHaveLength(5);
    expect(counter.requests).toBe(3);
  });

  it('retries a body that breaks mid-stream', async () => {
    const broken = (): Response =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items": ['));
            controller.error(new TypeError('terminated'));
          },
        }),
        { status: 200 },
      );
    const { run, counter } = setup((call) => (call.index === 0 ? broken() : undefined));
    expect((await run()).invoices).toHaveLength(5);
    expect(counter.requests).toBe(2);
  });

  it('reports a persistent network failure as kind network with a plain message', async () => {
    const { run, counter } = setup(() => 'network');
    const error = await failure(run({ maxAttempts: 3 }));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach GPU Outlet: check your internet connection; your cached invoices are still shown.');
    expect(error.detail).toContain('ECONNREFUSED');
    expect(counter.requests).toBe(3);
  });

  it('times out a request that never answers (on the fake clock), then retries', async () => {
    const { run, counter, clock } = setup((call) => (call.index === 0 ? 'hang' : undefined));
    const start = clock.now();
    expect((await run({ timeoutMs: 5_000 })).invoices).toHaveLength(5);
    expect(counter.requests).toBe(2);
    expect(clock.now() - start).toBeGreaterThanOrEqual(5_000);
  });

  it('reports a persistent timeout as kind network with a timeout message', async () => {
    const { run, counter } = setup(() => 'hang');
    const error = await failure(run({ timeoutMs: 5_000, maxAttempts: 2 }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('did not answer within 5 seconds');
    expect(counter.requests).toBe(2);
  });

  it('stops at once on cancellation, without retrying', async () => {
    const controller = new AbortController();
    const { run, counter } = setup(() => {
      queueMicrotask(() => controller.abort());
      return 'hang';
    });
    const error = await failure(run({ signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
    expect(counter.requests).toBe(1);
  });

  it('cancels during a backoff wait', async () => {
    const controller = new AbortController();
    const { run, counter, clock } = setup(() => {
      // Abort once the backoff sleep is pending.
      void clock.sleep(100).then(() => controller.abort());
      return jsonResponse({}, 500);
    });
    const error = await failure(run({ signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
    expect(counter.requests).toBe(1);
  });

  it('makes no request when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { run, counter } = setup();
    expect((await failure(run({ signal: controller.signal }))).kind).toBe('cancelled');
    expect(counter.requests).toBe(0);
  });

  it('reports malformed JSON in a 200 as bad_response naming provider and page', async () => {
    const { run, counter } = setup(() => new Response('{"items": [', { status: 200 }));
    const error = await failure(run({ pageLabel: 'page 3' }));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('GPU Outlet');
    expect(error.message).toContain('page 3');
    expect(counter.requests).toBe(1);
  });
});
