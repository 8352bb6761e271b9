import type { AccountSyncResult } from '../../src-shared/domain';
import type { EventSink } from './commands';

/** Answers whether the providers can be reached (Electron: net.isOnline(); web host: a reachability probe). */
export type NetworkProbe = () => Promise<boolean>;

export interface NetworkMonitor {
  online(): boolean;
  /** When the current state began (ISO). */
  since(): string;
  /** Evidence from a sync: every account failing with kind 'network' means offline; any success means online. */
  reportSyncResults(results: readonly AccountSyncResult[]): void;
  /** Runs the probe now and returns the new state. */
  check(): Promise<boolean>;
  /** While offline, probes every `intervalMs` (to notice the network coming back) until stop(). */
  start(intervalMs: number): void;
  stop(): void;
}

export interface NetworkMonitorOptions {
  events: EventSink;
  probe?: NetworkProbe;
  now?: () => number;
}

/** Tracks online/offline and emits 'net:status' on every change (never repeats the same state). */
export function createNetworkMonitor(options: NetworkMonitorOptions): NetworkMonitor {
  const now = options.now ?? Date.now;
  let online = true;
  let since = new Date(now()).toISOString();
  let timer: NodeJS.Timeout | null = null;

  function set(next: boolean): void {
    if (next === online) return;
    online = next;
    since = new Date(now()).toISOString();
    options.events.emit('net:status', { online, since });
  }

  async function check(): Promise<boolean> {
    if (!options.probe) return online;
    try {
      set(await options.probe());
    } catch {
      set(false);
    }
    return online;
  }

  return {
    online: () => online,
    since: () => since,
    reportSyncResults(results) {
      if (results.length === 0) return;
      if (results.some((result) => result.ok)) set(true);
      else if (results.every((result) => result.error?.kind === 'network')) set(false);
    },
    check,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        if (!online) void check();
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

/**
 * A probe for hosts without an OS notion of "online" (the web host): the network is up when any of
 * the given URLs answers at all (any HTTP status). No URLs means nothing to reach: online.
 */
export function reachabilityProbe(urls: () => string[], fetchImpl: typeof fetch = fetch, timeoutMs = 3000): NetworkProbe {
  return async () => {
    const targets = [...new Set(urls().flatMap(originOf))];
    if (targets.length === 0) return true;
    const answers = await Promise.all(
      targets.map((origin) =>
        fetchImpl(origin, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' }).then(
          async (response) => {
            await response.body?.cancel().catch(() => undefined);
            return true;
          },
          () => false,
        ),
      ),
    );
    return answers.some(Boolean);
  };
}

function originOf(url: string): string[] {
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
