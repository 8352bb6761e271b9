import type { Invoice, ProviderId } from '../../../src-shared/domain';

export const SNAPSHOT_VERSION = 1;

/** One account's last good sync, as stored on disk. Holds no secret. */
export interface AccountSnapshot {
  version: typeof SNAPSHOT_VERSION;
  accountId: string;
  provider: ProviderId;
  /** When the sync that produced this snapshot finished (ISO). */
  syncedAt: string;
  invoices: Invoice[];
}

/** A cache file that could not be read: set aside under a new name, never deleted, never a crash. */
export interface CacheProblem {
  accountId: string;
  file: string;
  setAsideAs: string;
  message: string;
}

export interface SnapshotStore {
  load(accountId: string): Promise<AccountSnapshot | null>;
  /** Atomic: temp file, fsync, rename. A failure leaves the previous snapshot untouched. */
  save(snapshot: AccountSnapshot): Promise<void>;
  remove(accountId: string): Promise<void>;
  /** Problems found by load() since start (corrupt or unknown-version files set aside). */
  problems(): CacheProblem[];
}
