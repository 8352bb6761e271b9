import type { AccountSnapshot, CacheProblem, SnapshotStore } from './types';

/**
 * Keeps each account's last loaded or saved snapshot in memory in front of the on-disk store, so
 * the inbox reads the cache from disk once per run: after a sync saves a snapshot, queries and the
 * next incremental sync use it without re-reading the file. Saving still goes to disk first; only a
 * successful save replaces the in-memory copy.
 */
export class MemoSnapshotStore implements SnapshotStore {
  private readonly memory = new Map<string, AccountSnapshot | null>();

  constructor(private readonly inner: SnapshotStore) {}

  async load(accountId: string): Promise<AccountSnapshot | null> {
    if (this.memory.has(accountId)) return this.memory.get(accountId) ?? null;
    const snapshot = await this.inner.load(accountId);
    this.memory.set(accountId, snapshot);
    return snapshot;
  }

  async save(snapshot: AccountSnapshot): Promise<void> {
    await this.inner.save(snapshot);
    this.memory.set(snapshot.accountId, snapshot);
  }

  async remove(accountId: string): Promise<void> {
    this.memory.delete(accountId);
    await this.inner.remove(accountId);
  }

  /** The in-memory copy when loaded, without touching the disk (null when unknown or absent). */
  peek(accountId: string): AccountSnapshot | null {
    return this.memory.get(accountId) ?? null;
  }

  problems(): CacheProblem[] {
    return this.inner.problems();
  }
}
