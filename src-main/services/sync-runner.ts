import type { AccountSyncResult, SyncErrorInfo } from '../../src-shared/domain';
import type { InboxService, SyncRequest } from '../core/app/types';
import { isUserFacingError } from '../core/errors';
import type { EventSink } from './commands';
import type { NetworkMonitor } from './network-monitor';

interface Running {
  controller: AbortController;
  accountId: string | undefined;
  done: Promise<AccountSyncResult[]>;
}

/**
 * Runs syncs, one at a time, without the caller waiting: forwards the core's progress as
 * 'sync:progress', finishes every run with 'sync:finished' then 'inbox:changed', and cancels through an
 * AbortController. It decides nothing about when: the SyncScheduler (sync-scheduler.ts) starts the
 * automatic syncs, the user's Sync now (sync:start, the menu, the tray) and the demo the others.
 */
export class SyncRunner {
  private running: Running | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly inbox: InboxService,
    private readonly events: EventSink,
    private readonly network: NetworkMonitor,
  ) {
    this.unsubscribe = inbox.on('progress', (progress) => events.emit('sync:progress', progress));
  }

  /** Starts a run unless one is running; returns whether it started. */
  start(request: Omit<SyncRequest, 'signal'>): boolean {
    if (this.running) return false;
    void this.launch(request);
    return true;
  }

  /**
   * Runs after any running run (so accounts added meanwhile are included) and resolves with its own
   * results; events flow as for start().
   */
  async run(request: Omit<SyncRequest, 'signal'>): Promise<AccountSyncResult[]> {
    while (this.running) await this.running.done.catch(() => undefined);
    return this.launch(request);
  }

  /** Cancels the running run when it covers `accountId` (or any run when no id is given). */
  cancel(accountId?: string): boolean {
    const running = this.running;
    if (!running) return false;
    if (accountId !== undefined && running.accountId !== undefined && running.accountId !== accountId) return false;
    running.controller.abort(new Error('cancelled'));
    return true;
  }

  isRunning(): boolean {
    return this.running !== null;
  }

  /** Resolves when no run is in progress (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running.done.catch(() => undefined);
  }

  dispose(): void {
    this.cancel();
    this.unsubscribe();
  }

  private launch(request: Omit<SyncRequest, 'signal'>): Promise<AccountSyncResult[]> {
    const controller = new AbortController();
    const done = this.execute(request, controller.signal).finally(() => {
      this.running = null;
    });
    this.running = { controller, accountId: request.accountId, done };
    return done;
  }

  private async execute(request: Omit<SyncRequest, 'signal'>, signal: AbortSignal): Promise<AccountSyncResult[]> {
    let results: AccountSyncResult[];
    try {
      results = await this.inbox.sync({ ...request, signal });
    } catch (error) {
      results = this.failedResults(request, signal.aborted ? cancelledInfo() : errorInfo(error));
    }
    this.network.reportSyncResults(results);
    this.events.emit('sync:finished', { results });
    this.events.emit('inbox:changed', { reason: 'sync' });
    return results;
  }

  private failedResults(request: Omit<SyncRequest, 'signal'>, error: SyncErrorInfo): AccountSyncResult[] {
    const ids = request.accountId !== undefined ? [request.accountId] : this.inbox.listAccounts().map((account) => account.id);
    return ids.map((accountId) => ({
      accountId,
      ok: false,
      error,
      invoiceCount: 0,
      requests: 0,
      mode: request.full ? 'full' : 'incremental',
      warnings: [],
    }));
  }
}

function cancelledInfo(): SyncErrorInfo {
  return { kind: 'cancelled', message: 'The sync was cancelled. Your last synced invoices are kept.', action: 'none' };
}

function errorInfo(error: unknown): SyncErrorInfo {
  if (isUserFacingError(error)) return error.info;
  return {
    kind: 'storage',
    message: 'The sync stopped unexpectedly. Your last synced invoices are kept; try again.',
    action: 'retry',
  };
}
