/**
 * Notices what other processes (the CLI, another window, a script) write to the workspace: SQLite's
 * data_version changes when another connection commits, and costs nothing to read. Polled on a timer
 * that does not keep the process alive.
 */
export interface WatcherOptions {
  dataVersion: () => number;
  onChange: () => void;
  intervalMs: number;
  onError?: (error: unknown) => void;
}

export function watchWorkspace(options: WatcherOptions): () => void {
  let last = options.dataVersion();
  const timer = setInterval(() => {
    try {
      const version = options.dataVersion();
      if (version === last) return;
      last = version;
      options.onChange();
    } catch (error) {
      options.onError?.(error);
    }
  }, options.intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
