/**
 * Bounded concurrency: at most `limit` workers run at once; results keep the items' order.
 * With `failFast`, the first rejection stops handing out new items and calls `onFirstError` (e.g. to
 * abort the siblings); the pool still waits for running workers to settle, then rejects with that
 * first error, so nothing keeps running behind the caller's back.
 */
export interface PoolOptions {
  failFast?: boolean;
  onFirstError?: (error: unknown) => void;
}

export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
  options: PoolOptions = {},
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let nextIndex = 0;
  let failed = false;
  let firstError: unknown = null;

  const lane = async (): Promise<void> => {
    while (!(failed && options.failFast) && nextIndex < items.length) {
      const index = nextIndex;
      nextIndex += 1;
      const item = items[index] as T;
      try {
        results[index] = await worker(item, index);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
          options.onFirstError?.(error);
        }
        if (!options.failFast) throw error;
      }
    }
  };

  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => lane());
  const settled = await Promise.allSettled(lanes);
  if (failed) throw firstError;
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  return results;
}
