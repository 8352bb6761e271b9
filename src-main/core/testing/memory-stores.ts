import type { Invoice } from '../../../src-shared/domain';
import type { CachedDigest, CommitOutcome, SyncCommit } from '../store/types';
import { invoiceFingerprint } from '../sync/fingerprint';
import type { SyncCache } from '../sync/types';

export interface MemoryCacheEntry {
  accountId: string;
  syncedAt: string;
  fetchStartedAt: string;
  invoices: Invoice[];
}

/** A digest as the store would keep it, for feeding IncrementalTracker in tests. */
export function digestOf(invoice: Invoice): CachedDigest {
  const issued = invoice.issuedAt === null ? null : Date.parse(invoice.issuedAt);
  return { id: invoice.id, contentHash: invoiceFingerprint(invoice), status: invoice.status, issuedMs: issued !== null && !Number.isNaN(issued) ? issued : null };
}

/**
 * An in-memory SyncCache for engine tests, with the store's commit rules (a complete list replaces,
 * a partial one updates; an older sync never overwrites a newer one). `failSaves` makes commits throw.
 */
export class MemorySyncCache implements SyncCache {
  private readonly data = new Map<string, MemoryCacheEntry>();
  /** Every successful commit, in order. */
  readonly saved: SyncCommit[] = [];
  /** While set, commits for these account ids (or all when '*') throw this error. */
  failSaves: { accountIds: string[] | '*'; error: Error } | null = null;

  previous(accountId: string): CachedDigest[] | null {
    return this.data.get(accountId)?.invoices.map(digestOf) ?? null;
  }

  commit(commit: SyncCommit): CommitOutcome {
    const fail = this.failSaves;
    if (fail && (fail.accountIds === '*' || fail.accountIds.includes(commit.accountId))) throw fail.error;
    const current = this.data.get(commit.accountId);
    if (current && current.fetchStartedAt > commit.fetchStartedAt) return { outcome: 'superseded', invoiceCount: current.invoices.length };
    const fetched = structuredClone([...commit.invoices]);
    const ids = new Set(fetched.map((invoice) => invoice.id));
    const kept = commit.complete || !current ? [] : current.invoices.filter((invoice) => !ids.has(invoice.id));
    const invoices = [...fetched, ...kept];
    this.data.set(commit.accountId, { accountId: commit.accountId, syncedAt: commit.finishedAt, fetchStartedAt: commit.fetchStartedAt, invoices });
    this.saved.push(structuredClone(commit));
    return { outcome: 'saved', written: fetched.length, deleted: 0, invoiceCount: invoices.length };
  }

  /** Synchronous peek for assertions. */
  peek(accountId: string): MemoryCacheEntry | null {
    return this.data.get(accountId) ?? null;
  }
}

/** The credentials' own in-memory fake (same contract as the keychain store). */
export { MemoryCredentialStore } from '../credentials/memory-store';

/** A Node-style error with a code, as fs throws (e.g. diskFullError() for ENOSPC). */
export function diskFullError(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}
