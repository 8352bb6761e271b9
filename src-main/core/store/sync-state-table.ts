import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import type { SyncErrorInfo } from '../../../src-shared/domain';
import type { StoredSyncState, SyncStateRepo } from './types';

interface SyncStateRow {
  account_id: string;
  fetch_started_at: string | null;
  synced_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  warnings: string;
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toState(row: SyncStateRow): StoredSyncState {
  const warnings = parseJson<unknown>(row.warnings, []);
  return {
    accountId: row.account_id,
    fetchStartedAt: row.fetch_started_at,
    syncedAt: row.synced_at,
    lastError: parseJson<SyncErrorInfo | null>(row.last_error, null),
    lastErrorAt: row.last_error_at,
    warnings: Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === 'string') : [],
  };
}

/** Per account: the last committed sync (saved by InvoicesTable.commitSync) and the last failure. */
export class SyncStateTable implements SyncStateRepo {
  private readonly allStmt: LazyStatement<[], SyncStateRow>;
  private readonly getStmt: LazyStatement<[string], SyncStateRow>;
  private readonly failStmt: LazyStatement;

  constructor(db: Database) {
    const columns = 'account_id, fetch_started_at, synced_at, last_error, last_error_at, warnings';
    this.allStmt = lazyStatement(db, `SELECT ${columns} FROM sync_state`);
    this.getStmt = lazyStatement(db, `SELECT ${columns} FROM sync_state WHERE account_id = ?`);
    // Only for an account that still exists (a failure of a removed account is dropped).
    this.failStmt = lazyStatement(
      db,
      `INSERT INTO sync_state (account_id, last_error, last_error_at)
       SELECT @account_id, @last_error, @at WHERE EXISTS (SELECT 1 FROM accounts WHERE id = @account_id)
       ON CONFLICT (account_id) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at`,
    );
  }

  all(): StoredSyncState[] {
    return this.allStmt().all().map(toState);
  }

  get(accountId: string): StoredSyncState | null {
    const row = this.getStmt().get(accountId);
    return row ? toState(row) : null;
  }

  recordFailure(accountId: string, error: SyncErrorInfo, at: string): void {
    this.failStmt().run({ account_id: accountId, last_error: JSON.stringify(error), at });
  }
}
