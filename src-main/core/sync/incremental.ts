import type { Invoice } from '../../../src-shared/domain';
import { canStillChange } from '../../../src-shared/domain';
import type { CachedDigest } from '../store/types';
import { invoiceFingerprint } from './fingerprint';

/**
 * Incremental re-sync: pages are read newest first, and we stop as soon as
 *   (a) the page just read holds at least one cached invoice whose content is unchanged (we have
 *       reached what we already know), and
 *   (b) every cached invoice that can still change (open, overdue, draft) has been seen again.
 * If the oldest issue time read so far is older than the oldest still-unseen changeable invoice, that
 * invoice is missing from the newest-first list (deleted, or the order is not what we assumed): we give
 * up on stopping early and read to the end, i.e. a full sync.
 */
export type PageVerdict = 'stop' | 'continue' | 'exhaustive';

function issuedMs(invoice: Invoice): number | null {
  if (invoice.issuedAt === null) return null;
  const ms = Date.parse(invoice.issuedAt);
  return Number.isNaN(ms) ? null : ms;
}

export class IncrementalTracker {
  /** Cached fingerprints by id (the store keeps them, so nothing is re-hashed or loaded whole). */
  private readonly cached = new Map<string, string>();
  /** Changeable cached invoices not seen again yet: id -> issued time (null when unknown). */
  private readonly pending = new Map<string, number | null>();
  private oldestSeenMs: number | null = null;
  private exhaustive = false;

  constructor(cached: readonly CachedDigest[]) {
    for (const digest of cached) {
      this.cached.set(digest.id, digest.contentHash);
      if (canStillChange(digest.status)) this.pending.set(digest.id, digest.issuedMs);
    }
  }

  /** Changeable cached invoices still to be seen. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Feeds one page (in list order) and says whether to stop, go on, or give up and read everything. */
  afterPage(invoices: readonly Invoice[]): PageVerdict {
    if (this.exhaustive) return 'exhaustive';
    let overlap = false;
    for (const invoice of invoices) {
      this.pending.delete(invoice.id);
      if (!overlap) {
        const cached = this.cached.get(invoice.id);
        if (cached !== undefined && cached === invoiceFingerprint(invoice)) overlap = true;
      }
      const issued = issuedMs(invoice);
      if (issued !== null && (this.oldestSeenMs === null || issued < this.oldestSeenMs)) this.oldestSeenMs = issued;
    }
    if (overlap && this.pending.size === 0) return 'stop';
    if (this.oldestSeenMs !== null && this.pending.size > 0) {
      let oldestPending: number | null = null;
      for (const issued of this.pending.values()) {
        if (issued !== null && (oldestPending === null || issued < oldestPending)) oldestPending = issued;
      }
      if (oldestPending !== null && this.oldestSeenMs < oldestPending) {
        this.exhaustive = true;
        return 'exhaustive';
      }
    }
    return 'continue';
  }
}
