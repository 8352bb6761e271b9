import { backoffDelay, createBackoff } from './backoff';

const seq = (...values: number[]): (() => number) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('backoff', () => {
  it('full jitter stays within [0, min(cap, base*2^n))', () => {
    const options = { baseMs: 100, capMs: 1000, jitter: 'full' as const };
    expect(backoffDelay(0, options, () => 0.5)).toBe(50);
    expect(backoffDelay(3, options, () => 0.5)).toBe(400);
    expect(backoffDelay(10, options, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(10, options, () => 0)).toBe(0);
  });

  it('without jitter doubles up to the cap', () => {
    const b = createBackoff({ baseMs: 100, capMs: 500, jitter: 'none' }, () => 0.3);
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 500]);
    expect(b.attempts).toBe(4);
    b.reset();
    expect(b.next()).toBe(100);
  });

  it('decorrelated jitter grows from the previous delay and is capped', () => {
    const b = createBackoff({ baseMs: 100, capMs: 1000, jitter: 'decorrelated' }, seq(1 - 1e-9));
    const delays = [b.next(), b.next(), b.next(), b.next()];
    expect(delays[0]).toBeLessThanOrEqual(300);
    expect(delays[1]).toBeLessThanOrEqual(900);
    expect(delays[3]).toBe(1000);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(100);
  });

  it('tolerates a misbehaving random source', () => {
    expect(backoffDelay(1, { baseMs: 100, capMs: 1000, jitter: 'full' }, () => Number.NaN)).toBe(0);
    expect(backoffDelay(1, { baseMs: 100, capMs: 1000, jitter: 'full' }, () => 7)).toBeLessThan(200);
  });
});
