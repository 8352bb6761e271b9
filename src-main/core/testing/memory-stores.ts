import type { AccountSnapshot, CacheProblem, SnapshotStore } from '../cache/types';

/** An in-memory SnapshotStore for tests; `failNextSaves` makes saves throw (e.g. ENOSPC). */
export class MemorySnapshotStore implements SnapshotStore {
  private readonly data = new Map<string, AccountSnapshot>();
  /** Every successful save, in order. */
  readonly saved: AccountSnapshot[] = [];
  /** While set, save() for these account ids (or all when '*') throws this error. */
  failSaves: { accountIds: string[] | '*'; error: Error } | null = null;

  async load(accountId: string): Promise<AccountSnapshot | null> {
    const snapshot = this.data.get(accountId);
    return snapshot ? structuredClone(snapshot) : null;
  }

  async save(snapshot: AccountSnapshot): Promise<void> {
    const fail = this.failSaves;
    if (fail && (fail.accountIds === '*' || fail.accountIds.includes(snapshot.accountId))) throw fail.error;
    const copy = structuredClone(snapshot);
    this.data.set(snapshot.accountId, copy);
    this.saved.push(copy);
  }

  async remove(accountId: string): Promise<void> {
    this.data.delete(accountId);
  }

  problems(): CacheProblem[] {
    return [];
  }

  /** Synchronous peek for assertions. */
  peek(accountId: string): AccountSnapshot | null {
    return this.data.get(accountId) ?? null;
  }
}

/** An in-memory CredentialStore for tests. */
/** The credentials' own in-memory fake (same contract as the keychain store). */
export { MemoryCredentialStore } from '../credentials/memory-store';

/** A Node-style error with a code, as fs throws (e.g. diskFullError() for ENOSPC). */
export function diskFullError(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}
