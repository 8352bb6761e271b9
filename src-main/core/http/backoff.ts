/**
 * Exponential backoff with jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * - full:         sleep = random(0, min(cap, base * 2^attempt))
 * - decorrelated: sleep = min(cap, random(base, previous * 3))
 * - none:         sleep = min(cap, base * 2^attempt) (for tests and diagnostics)
 * The random source is injected so tests are deterministic.
 */

export type Jitter = 'full' | 'decorrelated' | 'none';

export interface BackoffOptions {
  /** First delay scale, in ms. */
  baseMs: number;
  /** No single delay exceeds this, in ms. */
  capMs: number;
  jitter: Jitter;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = { baseMs: 500, capMs: 20_000, jitter: 'full' };

/** A random number in [0, 1). */
export type RandomSource = () => number;

function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 0.999_999 : value;
}

/**
 * The delay before retry number `attempt` (0 = the first retry). `previousMs` is the previous delay,
 * used by decorrelated jitter (defaults to base).
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: RandomSource, previousMs?: number): number {
  const { baseMs, capMs } = options;
  const r = clampUnit(random());
  switch (options.jitter) {
    case 'none':
      return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
    case 'full':
      return Math.floor(r * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt)));
    case 'decorrelated': {
      const prev = Math.max(baseMs, previousMs ?? baseMs);
      const upper = prev * 3;
      return Math.min(capMs, Math.floor(baseMs + r * (upper - baseMs)));
    }
  }
}

/** A stateful backoff sequence: each `next()` gives the following delay. */
export interface Backoff {
  next(): number;
  /** Retries handed out so far. */
  readonly attempts: number;
  reset(): void;
}

export function createBackoff(options: BackoffOptions, random: RandomSource): Backoff {
  let attempts = 0;
  let previous: number | undefined;
  return {
    next() {
      const delay = backoffDelay(attempts, options, random, previous);
      attempts += 1;
      previous = delay;
      return delay;
    },
    get attempts() {
      return attempts;
    },
    reset() {
      attempts = 0;
      previous = undefined;
    },
  };
}
