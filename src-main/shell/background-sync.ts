/**
 * Background work while the app runs: a sync every N minutes (default 30; 0 = off), paused while
 * offline and resumed with backoff when the network returns or a sync fails for network reasons; after
 * every sync the reminders are recomputed. And a reminder tick every minute (plus on wake from sleep).
 * Time comes from an injected Clock (sleep with an AbortSignal), so tests drive it with a FakeClock.
 * Plain Node: no Electron objects needed.
 */
import type { AccountSyncResult } from '../../src-shared/domain';
import type { Clock } from '../core/http/types';

export const DEFAULT_SYNC_INTERVAL_MINUTES = 30;
/** First retry after a network failure or coming back online; doubles per failure up to the interval. */
export const RETRY_BASE_MS = 30_000;

export interface SyncSchedulerDeps {
  clock: Clock;
  /** Runs a sync of every account (the background runner's run({})). */
  sync: () => Promise<AccountSyncResult[]>;
  /** Recomputes the reminders from the cache (refreshReminders). */
  afterSync: () => Promise<unknown>;
  /** Minutes between syncs (settings.syncIntervalMinutes; 0 turns background sync off). */
  intervalMinutes: () => number;
  online: () => boolean;
  log?: (message: string) => void;
}

export type SchedulerState = 'stopped' | 'waiting' | 'syncing' | 'offline' | 'off';

export class SyncScheduler {
  private controller: AbortController | null = null;
  private failures = 0;
  private state: SchedulerState = 'stopped';
  private nextAtMs: number | null = null;
  /** The interval the current wait was scheduled with, to tell a real interval change from any other setting. */
  private scheduledIntervalMs: number | null = null;

  constructor(private readonly deps: SyncSchedulerDeps) {}

  /** Starts the loop; the first background sync comes after `firstDelayMs` (default: one interval). */
  start(firstDelayMs?: number): void {
    this.schedule(firstDelayMs ?? this.intervalMs());
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
    this.state = 'stopped';
    this.nextAtMs = null;
  }

  /**
   * Settings changed. Only a new interval restarts the wait (a full new interval from now); any other
   * setting (a saved view, the theme) leaves the pending background sync where it is.
   */
  settingsChanged(): void {
    if (this.state === 'stopped') return;
    const interval = this.intervalMs();
    if (interval === this.scheduledIntervalMs) return;
    this.schedule(interval);
  }

  /** The network came back or went away (NetworkMonitor's change). */
  networkChanged(online: boolean): void {
    if (this.state === 'stopped') return;
    if (!online) {
      this.controller?.abort();
      this.state = 'offline';
      this.nextAtMs = null;
      return;
    }
    if (this.state === 'offline') this.schedule(this.retryDelayMs(Math.max(1, this.failures)));
  }

  /** Woke from sleep: sync soon if the next sync was due while asleep. */
  wake(): void {
    if (this.state === 'waiting' && this.nextAtMs !== null && this.nextAtMs <= this.deps.clock.now()) this.schedule(0);
  }

  status(): { state: SchedulerState; nextAt: string | null; failures: number } {
    return { state: this.state, nextAt: this.nextAtMs === null ? null : new Date(this.nextAtMs).toISOString(), failures: this.failures };
  }

  private intervalMs(): number {
    return Math.max(0, this.deps.intervalMinutes()) * 60_000;
  }

  private retryDelayMs(failures: number): number {
    const interval = this.intervalMs();
    const delay = RETRY_BASE_MS * 2 ** Math.min(failures - 1, 20);
    return interval > 0 ? Math.min(delay, interval) : delay;
  }

  private schedule(delayMs: number): void {
    this.controller?.abort();
    this.scheduledIntervalMs = this.intervalMs();
    if (this.intervalMs() === 0) {
      this.state = 'off';
      this.nextAtMs = null;
      this.controller = null;
      return;
    }
    if (!this.deps.online()) {
      this.state = 'offline';
      this.nextAtMs = null;
      this.controller = null;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.state = 'waiting';
    this.nextAtMs = this.deps.clock.now() + delayMs;
    this.deps.clock.sleep(delayMs, controller.signal).then(
      () => {
        if (this.controller === controller) void this.runOnce(controller);
      },
      () => undefined,
    );
  }

  private async runOnce(controller: AbortController): Promise<void> {
    if (!this.deps.online()) {
      this.state = 'offline';
      this.nextAtMs = null;
      return;
    }
    this.state = 'syncing';
    this.nextAtMs = null;
    let results: AccountSyncResult[] = [];
    try {
      results = await this.deps.sync();
    } catch (error) {
      this.deps.log?.(`background sync failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      await this.deps.afterSync();
    } catch (error) {
      this.deps.log?.(`reminders not recomputed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.controller !== controller) return;
    const networkDown = results.length > 0 && results.every((result) => !result.ok && result.error?.kind === 'network');
    this.failures = networkDown ? this.failures + 1 : 0;
    this.schedule(networkDown ? this.retryDelayMs(this.failures) : this.intervalMs());
  }
}

/** The reminder timer: tick() every `everyMs` (default one minute) until stopped. */
export function startReminderTicker(
  clock: Clock,
  tick: () => Promise<unknown>,
  options: { everyMs?: number; log?: (message: string) => void } = {},
): { stop(): void; tickNow(): Promise<void> } {
  const everyMs = options.everyMs ?? 60_000;
  const controller = new AbortController();
  const run = async (): Promise<void> => {
    try {
      await tick();
    } catch (error) {
      options.log?.(`reminders: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await clock.sleep(everyMs, controller.signal);
      } catch {
        return;
      }
      await run();
    }
  })();
  return { stop: () => controller.abort(), tickNow: run };
}
