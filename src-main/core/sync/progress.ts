import type { SyncProgress } from '../../../src-shared/domain';

/** Reports progress after each page; a listener that throws never breaks a sync. */
export class ProgressReporter {
  private pagesDone = 0;
  private total: number | null = null;

  constructor(
    private readonly accountId: string,
    private readonly listener: ((progress: SyncProgress) => void) | undefined,
  ) {}

  pageDone(invoicesSoFar: number, total: number | null): void {
    this.pagesDone += 1;
    if (total !== null) this.total = total;
    if (!this.listener) return;
    try {
      this.listener({ accountId: this.accountId, pagesDone: this.pagesDone, invoicesSoFar, total: this.total });
    } catch {
      // A broken progress listener is the host's problem; the sync goes on.
    }
  }
}
