import { TokenBucket } from '../core/http/rate-limiter';
import { CommandFailure } from './failures';

/** Connection tests with a raw secret: a burst of this many, refilled over the window. */
export const RAW_TESTS_BURST = 5;
export const RAW_TESTS_WINDOW_MS = 60_000;

export const TOO_MANY_TESTS = 'Too many connection tests in a short time: wait a minute, then test again.';

/**
 * `accounts:test` with a raw secret makes main send a request where the page asks (within the address
 * rules): a token bucket keeps a misbehaving page from turning that into a scanner. One bucket per
 * command service, shared by every window.
 */
export function connectionTestLimit(now: () => number = Date.now): { take(): void } {
  const bucket = new TokenBucket(RAW_TESTS_BURST, RAW_TESTS_WINDOW_MS, now());
  return {
    take() {
      if (bucket.waitMs(now()) > 0) throw new CommandFailure('failed', TOO_MANY_TESTS);
      bucket.take(now());
    },
  };
}
