/** Real rate limits and request statistics (fault scoping: testing/fault-scope.test.ts). */
import { startSimulator } from './simulator';
import type { Simulator } from './simulator';
import { get, NOW, vastParams, walk } from './test-support';

describe('real rate limits', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      now: NOW,
      gpuoutletRateLimit: { perMinute: 3, perHour: 1000 },
      commetRateLimit: { limit: 2, windowSec: 60 },
      vastMinGapMs: 60_000,
      tenants: [
        { provider: 'gpuoutlet', secret: 'a', invoiceCount: 3, seed: 1 },
        { provider: 'gpuoutlet', secret: 'b', invoiceCount: 3, seed: 2 },
        { provider: 'commet', secret: 'c', invoiceCount: 3, seed: 3 },
        { provider: 'vastai', secret: 'v', invoiceCount: 3, seed: 4 },
      ],
    });
  });
  afterAll(() => sim.close());

  it('GPU Outlet: X-RateLimit-* on every answer, 429 with Retry-After past the per-minute limit, per session', async () => {
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await get(sim, 'gpuoutlet', 'a');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('3');
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      remaining.push(res.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await get(sim, 'gpuoutlet', 'a');
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ error: 'rate_limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await get(sim, 'gpuoutlet', 'b')).status).toBe(200);
    expect(sim.stats().rateLimited).toBe(1);
    sim.resetRateLimits();
    expect((await get(sim, 'gpuoutlet', 'a')).status).toBe(200);
  });

  it('Commet: RateLimit-* headers and 429 rate_limit_error with Retry-After', async () => {
    expect((await get(sim, 'commet', 'c')).headers.get('ratelimit-remaining')).toBe('1');
    expect((await get(sim, 'commet', 'c')).status).toBe(200);
    const limited = await get(sim, 'commet', 'c');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-request-id')).toMatch(/^req_/);
    expect(limited.json).toMatchObject({ success: false, error: { type: 'rate_limit_error', code: 'rate_limited' } });
  });

  it('Vast.ai: a request inside the minimum gap is a plain-text 429 without Retry-After', async () => {
    expect((await get(sim, 'vastai', 'v', vastParams())).status).toBe(200);
    const limited = await get(sim, 'vastai', 'v', vastParams());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.text).toBe('API requests too frequent: endpoint threshold=60.00');
  });
});

describe('stats', () => {
  it('counts requests per provider, tenant, path and status; resetStats() clears', async () => {
    const sim = await startSimulator({
      now: NOW,
      latencyMs: 5,
      tenants: [
        { provider: 'onepin', secret: 'p', invoiceCount: 25, seed: 1, label: 'onepin-main' },
        { provider: 'commet', secret: 'c', invoiceCount: 10, seed: 2 },
      ],
    });
    try {
      const pages = (await walk(sim, 'onepin', 'p', { limit: '10' })).pages;
      await get(sim, 'commet', 'c');
      await get(sim, 'commet', 'nope');
      const stats = sim.stats();
      expect(pages).toBe(3);
      expect(stats.total).toBe(5);
      expect(stats.byProvider).toEqual({ gpuoutlet: 0, vastai: 0, opterius: 0, onepin: 3, commet: 2 });
      expect(stats.byTenant).toEqual({ 'onepin-main': 3, 'commet:c': 1 });
      expect(stats.byPath).toEqual({ '/onepin/api/v1/users/me/invoices': 3, '/commet/api/v1/invoices': 2 });
      expect(stats.byStatus).toEqual({ '200': 4, '401': 1 });
      sim.resetStats();
      expect(sim.stats().total).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
