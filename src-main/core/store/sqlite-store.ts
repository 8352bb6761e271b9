import Sqlite, { type Database } from 'better-sqlite3';
import { AccountsTable } from './accounts-table';
import { AnnotationsTable } from './annotations-table';
import { openDatabase, prepare, type OpenDatabaseOptions } from './database';
import { InboxQueryTable } from './inbox-queries';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import { finishLegacyImport, importLegacyFiles } from './legacy/legacy-import';
import { InvoicesTable } from './invoices-table';
import { NoticesTable, SettingsTable } from './settings-table';
import { SyncStateTable } from './sync-state-table';
import type { WorkspaceStore } from './types';
import { UserDataTable } from './user-data-table';

export interface SqliteStoreOptions extends Omit<OpenDatabaseOptions, 'onCreated'> {
  /** Import the JSON files of a data dir from before the database on its first open (default true). */
  importLegacy?: boolean;
  /** What the import did, in a line for the log (never secrets). */
  log?: (line: string) => void;
  /** Whether the data dir holds JSON-era files, when the caller has looked already (default: look). */
  legacyFiles?: boolean;
}

/**
 * The workspace store over `<dataDir>/workspace.db`. Each table is built the first time it is used
 * (its statements too, see lazy-statement.ts): opening the workspace builds only what it runs.
 */
export class SqliteWorkspaceStore implements WorkspaceStore {
  private invoicesTable: InvoicesTable | undefined;
  private accountsTable: AccountsTable | undefined;
  private syncStateTable: SyncStateTable | undefined;
  private inboxTable: InboxQueryTable | undefined;
  private userDataTable: UserDataTable | undefined;
  private settingsTable: SettingsTable | undefined;
  private noticesTable: NoticesTable | undefined;
  private annotationsTable: AnnotationsTable | undefined;
  private readonly versionStmt: LazyStatement<[], number>;
  private readonly changesStmt: LazyStatement<[], number>;

  constructor(
    private readonly db: Database,
    readonly file: string,
  ) {
    this.versionStmt = lazyStatement(db, 'PRAGMA data_version');
    this.changesStmt = lazyStatement(db, 'SELECT total_changes()');
  }

  get invoices(): InvoicesTable {
    return (this.invoicesTable ??= new InvoicesTable(this.db));
  }

  get accounts(): AccountsTable {
    return (this.accountsTable ??= new AccountsTable(this.db, (accountId) => this.invoices.reindexAccount(accountId)));
  }

  get syncState(): SyncStateTable {
    return (this.syncStateTable ??= new SyncStateTable(this.db));
  }

  get inbox(): InboxQueryTable {
    return (this.inboxTable ??= new InboxQueryTable(this.db));
  }

  get userData(): UserDataTable {
    return (this.userDataTable ??= new UserDataTable(this.db));
  }

  get settings(): SettingsTable {
    return (this.settingsTable ??= new SettingsTable(this.db));
  }

  get notices(): NoticesTable {
    return (this.noticesTable ??= new NoticesTable(this.db));
  }

  get annotations(): AnnotationsTable {
    return (this.annotationsTable ??= new AnnotationsTable(this.db, (invoiceId) => this.invoices.reindexInvoice(invoiceId)));
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  dataVersion(): number {
    return this.versionStmt().pluck().get() as number;
  }

  /**
   * Rows this connection has inserted, updated or deleted since it opened, in every table (SQLite's
   * total_changes()): what tests and the benchmark count writes with.
   */
  writtenRows(): number {
    return this.changesStmt().pluck().get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens the data dir's database (setting a damaged or foreign file aside, recording that as a notice
 * the user sees until they acknowledge it) and returns the store.
 */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteWorkspaceStore {
  const nowIso = (): string => new Date((options.now ?? Date.now)()).toISOString();
  const opened = openDatabase(dataDir, {
    ...options,
    onCreated: (db) => {
      if (options.importLegacy === false) return;
      const result = importLegacyFiles(db, dataDir, nowIso());
      if (result.imported) options.log?.(`Imported ${result.accounts} accounts and ${result.invoices} invoices from the files of an older version.`);
    },
  });
  const store = new SqliteWorkspaceStore(opened.db, opened.file);
  if (opened.setAside !== null) store.notices.add('database_set_aside', opened.setAside, nowIso());
  if (options.importLegacy !== false && options.legacyFiles !== false) {
    const renamed = finishLegacyImport(opened.db, dataDir, nowIso());
    if (renamed.length > 0) options.log?.(`Kept the older files as a backup: ${renamed.map((file) => file.slice(file.lastIndexOf('/') + 1)).join(', ')}.`);
  }
  return store;
}

/** A workspace in memory (tests, and trying things without a data dir): same schema, nothing on disk. */
export function openMemoryStore(options: SqliteStoreOptions = {}): SqliteWorkspaceStore {
  const db = new Sqlite(':memory:');
  prepare(db, options);
  return new SqliteWorkspaceStore(db, ':memory:');
}
