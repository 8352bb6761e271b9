import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import type { Account, ProviderId } from '../../../src-shared/domain';
import { REBUILD_DUPLICATES } from './schema-v2';
import type { AccountsRepo } from './types';

interface AccountRow {
  id: string;
  provider: string;
  label: string;
  base_url: string | null;
  created_at: string;
  demo: number;
}

function toAccount(row: AccountRow): Account {
  return { id: row.id, provider: row.provider as ProviderId, label: row.label, baseUrl: row.base_url, createdAt: row.created_at, demo: row.demo === 1 };
}

/** The user's accounts (settings only; secrets live in the keychain under the account id). */
export class AccountsTable implements AccountsRepo {
  private readonly listStmt: LazyStatement<[], AccountRow>;
  private readonly findStmt: LazyStatement<[string], AccountRow>;
  private readonly insertStmt: LazyStatement;
  private readonly updateStmt: LazyStatement;
  private readonly dropSearch: LazyStatement;
  private readonly deleteStmt: LazyStatement;

  constructor(
    private readonly db: Database,
    /** Rewrites the search text of an account's invoices after a new label (same transaction). */
    private readonly reindex: (accountId: string) => void,
  ) {
    this.listStmt = lazyStatement(db, 'SELECT id, provider, label, base_url, created_at, demo FROM accounts ORDER BY position, id');
    this.findStmt = lazyStatement(db, 'SELECT id, provider, label, base_url, created_at, demo FROM accounts WHERE id = ?');
    this.insertStmt = lazyStatement(
      db,
      `INSERT INTO accounts (id, provider, label, base_url, created_at, demo, position)
       VALUES (@id, @provider, @label, @base_url, @created_at, @demo, (SELECT coalesce(max(position), 0) + 1 FROM accounts))`,
    );
    this.updateStmt = lazyStatement(db, 'UPDATE accounts SET label = @label, base_url = @base_url WHERE id = @id');
    this.dropSearch = lazyStatement(db, 'DELETE FROM invoice_search WHERE rowid IN (SELECT seq FROM invoices WHERE account_id = ?)');
    this.deleteStmt = lazyStatement(db, 'DELETE FROM accounts WHERE id = ?');
  }

  list(): Account[] {
    return this.listStmt().all().map(toAccount);
  }

  find(id: string): Account | null {
    const row = this.findStmt().get(id);
    return row ? toAccount(row) : null;
  }

  insert(account: Account): void {
    this.insertStmt().run({ id: account.id, provider: account.provider, label: account.label, base_url: account.baseUrl, created_at: account.createdAt, demo: account.demo ? 1 : 0 });
  }

  update(account: Account): void {
    this.db.transaction(() => {
      const before = this.find(account.id);
      this.updateStmt().run({ id: account.id, label: account.label, base_url: account.baseUrl });
      if (before && before.label !== account.label) this.reindex(account.id);
    }).immediate();
  }

  remove(id: string): boolean {
    return this.db.transaction(() => {
      this.dropSearch().run(id);
      // Invoices, line items, sync state, marks, audit and mutes go with it (ON DELETE CASCADE).
      const removed = this.deleteStmt().run(id).changes > 0;
      // Its invoices no longer make another account's copies look like duplicates.
      if (removed) this.db.exec(REBUILD_DUPLICATES);
      return removed;
    }).immediate();
  }
}
