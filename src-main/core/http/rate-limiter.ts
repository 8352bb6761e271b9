import type { RateLimitPolicy } from '../connectors/types';
import type { Clock } from './types';
import { raceAbort, throwIfAborted } from './abort';

/**
 * A token bucket: holds up to `capacity` tokens (the burst), refilled continuously at
 * capacity / windowMs. Starts full.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly ratePerMs: number;
  private readonly msPerToken: number;

  constructor(
    readonly capacity: number,
    windowMs: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = nowMs;
    this.ratePerMs = capacity / windowMs;
    this.msPerToken = windowMs / capacity;
  }

  private refill(nowMs: number): void {
    // A clock that stepped back (NTP) must not freeze the bucket until it catches up.
    if (nowMs < this.updatedAt) this.updatedAt = nowMs;
    if (nowMs > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.updatedAt) * this.ratePerMs);
      this.updatedAt = nowMs;
    }
  }

  /** Ms until one token is available (0 when one is available now). */
  waitMs(nowMs: number): number {
    this.refill(nowMs);
    if (this.tokens >= 1) return 0;
    // Rounded to 1e-6 ms first so float noise (3600000.0000001) does not add a whole millisecond.
    return Math.ceil(Math.round((1 - this.tokens) * this.msPerToken * 1e6) / 1e6);
  }

  take(nowMs: number): void {
    this.refill(nowMs);
    this.tokens -= 1;
  }

  available(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens;
  }
}

export interface RateLimiterOptions {
  /** First extra gap after a 429 without Retry-After (Vast's official client: 0.15 s). */
  penaltyStartMs?: number;
  /** Growth per consecutive 429 (Vast's official client: x1.5). */
  penaltyFactor?: number;
  /** The extra gap never grows beyond this. */
  penaltyCapMs?: number;
}

const DEFAULTS = { penaltyStartMs: 150, penaltyFactor: 1.5, penaltyCapMs: 10_000 };

/**
 * Rate limiting for one (provider, identity): token buckets for perMinute/perHour (bursts allowed up
 * to the limit), a minimum gap between request starts, and a pause after a 429. Callers are served
 * one at a time in arrival order, so the computed waits hold under concurrency. All waiting uses the
 * injected clock.
 */
export class RateLimiter {
  private readonly buckets: TokenBucket[] = [];
  private readonly options: Required<RateLimiterOptions>;
  private lastStart: number | null = null;
  private pausedUntil = 0;
  private pauseMs = 0;
  private penaltyMs = 0;
  private consecutiveLimited = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly clock: Clock,
    options: RateLimiterOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const now = clock.now();
    if (policy.perMinute !== undefined && policy.perMinute > 0) this.buckets.push(new TokenBucket(policy.perMinute, 60_000, now));
    if (policy.perHour !== undefined && policy.perHour > 0) this.buckets.push(new TokenBucket(policy.perHour, 3_600_000, now));
  }

  /** The current minimum gap between two request starts: the policy's, or larger after 429s. */
  get gapMs(): number {
    return Math.max(this.policy.minGapMs ?? 0, this.penaltyMs);
  }

  /** How long a request starting at `nowMs` must wait (no side effect). */
  waitFor(nowMs: number): number {
    // Each wait is bounded by its own length, so a clock that stepped back cannot stretch it.
    let wait = Math.min(this.pauseMs, Math.max(0, this.pausedUntil - nowMs));
    if (this.lastStart !== null) wait = Math.max(wait, Math.min(this.gapMs, this.lastStart + this.gapMs - nowMs));
    for (const bucket of this.buckets) wait = Math.max(wait, bucket.waitMs(nowMs));
    return Math.max(0, Math.ceil(wait));
  }

  /**
   * Waits until a request may start, then records its start. Returns the total ms waited.
   * Rejects (without consuming a token) when `signal` aborts.
   */
  async acquire(signal?: AbortSignal): Promise<number> {
    const previous = this.tail;
    let release: () => void = () => undefined;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await raceAbort(previous, signal);
      let waited = 0;
      for (;;) {
        throwIfAborted(signal);
        const before = this.clock.now();
        const wait = this.waitFor(before);
        if (wait <= 0) break;
        await this.clock.sleep(wait, signal);
        waited += wait;
        // A clock that does not move (frozen in a host or test) must not keep us here forever.
        if (this.clock.now() <= before) break;
      }
      const now = this.clock.now();
      for (const bucket of this.buckets) bucket.take(now);
      this.lastStart = now;
      return waited;
    } finally {
      release();
    }
  }

  /**
   * A 429 arrived. With `suggestedMs` (Retry-After, or the caller's own backoff) every request of this
   * identity pauses that long; the extra gap grows like Vast's official client (150 ms, x1.5 per
   * consecutive 429, capped) and the pause is at least that gap. Returns the pause in ms.
   */
  noteRateLimited(suggestedMs?: number | null): number {
    const { penaltyStartMs, penaltyFactor, penaltyCapMs } = this.options;
    this.consecutiveLimited += 1;
    this.penaltyMs =
      this.consecutiveLimited === 1
        ? Math.max(this.penaltyMs, penaltyStartMs)
        : Math.min(penaltyCapMs, Math.max(penaltyStartMs, this.penaltyMs * penaltyFactor));
    const pause = Math.max(this.penaltyMs, suggestedMs ?? 0);
    const until = this.clock.now() + pause;
    if (until >= this.pausedUntil) {
      this.pausedUntil = until;
      this.pauseMs = pause;
    }
    return pause;
  }

  /** A request succeeded: the 429 streak ends and the extra gap decays back (÷1.5 per success). */
  noteSuccess(): void {
    this.consecutiveLimited = 0;
    if (this.penaltyMs > 0) {
      const next = this.penaltyMs / this.options.penaltyFactor;
      this.penaltyMs = next < this.options.penaltyStartMs ? 0 : next;
    }
  }
}
