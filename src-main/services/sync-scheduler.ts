/**
 * THE owner of automatic syncs, in every host that stays running (the desktop app and the web host;
 * the CLI syncs only when told). A sync starts:
 * - when the host starts ("sync on start"): at once, when there are accounts and the network is up;
 * - every N minutes after that (settings.syncIntervalMinutes, default 30; 0 = off);
 * - when the network comes back, or after a sync failed for network reasons, with backoff;
 * - on wake from sleep when the next sync was due meanwhile;
 * - for an account this host just added or changed that has never synced or failed last.
 * Everything else is the user asking (sync:start from a window, the menu's and the tray's Sync now)
 * and goes straight to the SyncRunner. Time comes from an injected Clock (sleep with an AbortSignal),
 * so tests drive it with a FakeClock. Plain Node: no Electron objects needed.
 */
import type { AccountSyncResult, AccountSyncState } from '../../src-shared/domain';
import type { Clock } from '../core/http/types';
import type { EventTap } from './event-tap';
import type { SyncRunner } from './sync-runner';

export const DEFAULT_SYNC_INTERVAL_MINUTES = 30;
/** First retry after a network failure or coming back online; doubles per failure up to the interval. */
export const RETRY_BASE_MS = 30_000;

export interface SyncSchedulerDeps {
  clock: Clock;
  /** Runs a sync and resolves with its results (SyncRunner.run: after any running sync). */
  run: SyncRunner['run'];
  /** Every account's sync state (Inbox.syncStates). */
  accounts: () => AccountSyncState[];
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

  /**
   * Starts the loop with the sync on start (unless `syncNow` is false: the demo just synced), then one
   * every interval.
   */
  start(options: { syncNow?: boolean } = {}): void {
    this.schedule(options.syncNow === false ? this.intervalMs() : 0);
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
    this.state = 'stopped';
    this.nextAtMs = null;
  }

  /** Follows the host's events: the network monitor, settings, accounts added or changed here. */
  follow(events: Pick<EventTap, 'listen'>): () => void {
    const offs = [
      events.listen('net:status', ({ online }) => this.networkChanged(online)),
      events.listen('settings:changed', () => this.settingsChanged()),
      events.listen('inbox:changed', ({ reason }) => {
        // Not 'external': two processes would retry each other's failing accounts for ever.
        if (reason === 'account_added' || reason === 'account_updated') this.accountsChanged();
      }),
    ];
    return () => offs.forEach((off) => off());
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

  /** An account was added or changed here: sync the accounts that never synced or failed last. */
  accountsChanged(): void {
    if (this.state === 'stopped' || !this.deps.online()) return;
    for (const account of this.deps.accounts()) {
      const neverSynced = account.phase === 'idle' && account.lastSyncedAt === null;
      if (neverSynced || account.phase === 'error') {
        this.deps.run({ accountId: account.accountId }).catch((error: unknown) => this.deps.log?.(`sync of a new account failed: ${String(error)}`));
      }
    }
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
    const interval = this.intervalMs();
    this.scheduledIntervalMs = interval;
    if (interval === 0) {
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
      // No accounts, nothing to sync: no run, no events.
      if (this.deps.accounts().length > 0) results = await this.deps.run({});
    } catch (error) {
      this.deps.log?.(`background sync failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.controller !== controller) return;
    const networkDown = results.length > 0 && results.every((result) => !result.ok && result.error?.kind === 'network');
    this.failures = networkDown ? this.failures + 1 : 0;
    this.schedule(networkDown ? this.retryDelayMs(this.failures) : this.intervalMs());
  }
}
