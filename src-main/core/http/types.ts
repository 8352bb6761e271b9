/**
 * The HTTP seam: the core never calls global fetch directly, so tests and benches inject their own.
 * The core always asks for `redirect: 'manual'` and follows same-origin redirects itself.
 */
export type FetchLike = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; signal?: AbortSignal; redirect?: 'manual' },
) => Promise<Response>;

/** Injected time, so retries, rate limits and reminders run on a fake clock in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
