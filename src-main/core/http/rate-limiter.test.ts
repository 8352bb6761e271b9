import { FakeClock } from '../testing/fake-clock';
import { RateLimiter, TokenBucket } from './rate-limiter';

describe('TokenBucket', () => {
  it('allows a burst up to capacity, then refills continuously', () => {
    const bucket = new TokenBucket(3, 60_000, 0);
    for (let i = 0; i < 3; i += 1) {
      expect(bucket.waitMs(0)).toBe(0);
      bucket.take(0);
    }
    expect(bucket.waitMs(0)).toBe(20_000);
    expect(bucket.waitMs(10_000)).toBe(10_000);
    expect(bucket.waitMs(20_000)).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('lets perMinute requests burst, then spaces them at the refill rate', async () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 0 });
    const limiter = new RateLimiter({ perMinute: 2, maxRetriesWithoutRetryAfter: 0 }, clock);
    expect(await limiter.acquire()).toBe(0);
    expect(await limiter.acquire()).toBe(0);
    expect(limiter.waitFor(clock.now())).toBe(30_000);
    const third = limiter.acquire();
    await clock.advance(30_000);
    expect(await third).toBe(30_000);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('applies the hourly bucket too', () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 0 });
    const limiter = new RateLimiter({ perMinute: 100, perHour: 1, maxRetriesWithoutRetryAfter: 0 }, clock);
    return limiter.acquire().then(() => expect(limiter.waitFor(0)).toBe(3_600_000));
  });

  it('keeps a minimum gap between request starts, serving concurrent callers in order', async () => {
    const clock = new FakeClock({ startMs: 0 });
    const limiter = new RateLimiter({ minGapMs: 200, maxRetriesWithoutRetryAfter: 3 }, clock);
    const starts: number[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        await limiter.acquire();
        starts.push(clock.now());
      }),
    );
    expect(starts).toEqual([0, 200, 400]);
    expect(clock.sleeps).toEqual([200, 200]);
  });

  it("grows the gap like Vast's client (150 ms, x1.5 per consecutive 429, capped) and decays after successes", () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 0 });
    const limiter = new RateLimiter({ minGapMs: 100, maxRetriesWithoutRetryAfter: 5 }, clock, { penaltyCapMs: 400 });
    expect(limiter.gapMs).toBe(100);
    expect(limiter.noteRateLimited(null)).toBe(150);
    expect(limiter.noteRateLimited(null)).toBe(225);
    expect(limiter.noteRateLimited(null)).toBeCloseTo(337.5);
    expect(limiter.noteRateLimited(null)).toBe(400);
    expect(limiter.gapMs).toBe(400);
    limiter.noteSuccess();
    expect(limiter.gapMs).toBeCloseTo(266.67, 1);
    limiter.noteSuccess();
    expect(limiter.gapMs).toBeCloseTo(177.78, 1);
    limiter.noteSuccess();
    expect(limiter.gapMs).toBe(100);
  });

  it('pauses every request for a suggested Retry-After', async () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 0 });
    const limiter = new RateLimiter({ perMinute: 100, maxRetriesWithoutRetryAfter: 0 }, clock);
    await limiter.acquire();
    expect(limiter.noteRateLimited(5_000)).toBe(5_000);
    expect(limiter.waitFor(clock.now())).toBe(5_000);
    expect(limiter.waitFor(4_000)).toBe(1_000);
  });

  it('rejects a waiting acquire when cancelled and lets the next caller proceed', async () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 0 });
    const limiter = new RateLimiter({ minGapMs: 1_000, maxRetriesWithoutRetryAfter: 0 }, clock);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    expect(clock.pendingTimers()).toBe(0);
    const next = limiter.acquire();
    await clock.advance(1_000);
    expect(await next).toBe(1_000);
  });

  it('survives a clock that steps back or stands still', async () => {
    const clock = new FakeClock({ autoAdvance: false, startMs: 1_000_000 });
    const limiter = new RateLimiter({ perMinute: 1, minGapMs: 500, maxRetriesWithoutRetryAfter: 0 }, clock);
    await limiter.acquire();
    limiter.noteRateLimited(2_000);
    clock.setNow(1_000_000 - 3_600_000);
    expect(limiter.waitFor(clock.now())).toBe(60_000);
    const frozen = { now: () => 0, sleep: () => Promise.resolve() };
    const stuck = new RateLimiter({ minGapMs: 500, maxRetriesWithoutRetryAfter: 0 }, frozen);
    await stuck.acquire();
    expect(await stuck.acquire()).toBe(500);
  });
});
