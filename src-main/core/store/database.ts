import Sqlite, { type Database } from 'better-sqlite3';
import * as fs from 'node:fs';
import path from 'node:path';
import { isDamageError, WorkspaceError } from './errors';
import { LATEST_VERSION, migrate, type Migration, MIGRATIONS } from './migrations';

export const DATABASE_FILE = 'workspace.db';
/** "IInb": marks a SQLite file as an Invoice Inbox workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x49496e62;
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenDatabaseOptions {
  now?: () => number;
  /** Test seam: the migration list. */
  migrations?: readonly Migration[];
  /** Runs inside the transaction that created the schema (importing an older data dir's files). */
  onCreated?: (db: Database) => void;
}

export interface OpenedDatabase {
  db: Database;
  file: string;
  /** Set when a damaged or foreign file was set aside while opening: a sentence for the user. */
  setAside: string | null;
}

type Verdict = { ok: true; version: number } | { ok: false; reason: 'damaged' | 'foreign'; detail: string };

/**
 * Opens `<dataDir>/workspace.db` for this process: WAL (so the app, the CLI and the web host share it),
 * a busy timeout, foreign keys, full fsync. A file that is not a readable Invoice Inbox database is
 * renamed aside with its -wal and -shm files (never deleted) and a fresh one is created; the caller
 * records `setAside` as a notice. A database written by a newer version is refused, untouched.
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const now = options.now ?? Date.now;
  const file = path.join(path.resolve(dataDir), DATABASE_FILE);
  if (!fs.existsSync(path.dirname(file))) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  let setAside: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const db = connect(file);
    const verdict = inspect(db);
    if (verdict.ok) {
      if (verdict.version > latest(options.migrations)) {
        db.close();
        throw new WorkspaceError(
          'This workspace was saved by a newer version of Invoice Inbox. Update Invoice Inbox to open it; nothing was changed.',
          `user_version ${verdict.version} > ${latest(options.migrations)}`,
        );
      }
      prepare(db, options, verdict.version);
      return { db, file, setAside };
    }
    db.close();
    const target = moveAside(file, verdict.reason, now());
    if (target !== null) {
      setAside =
        verdict.reason === 'damaged'
          ? `The workspace database could not be read (${verdict.detail}) and was set aside as ${target}. Your accounts and invoices start empty: add your accounts again and sync (the credentials are still in the keychain). Marks, notes and saved views from before are in the set-aside file.`
          : `The file ${file} was not an Invoice Inbox workspace (${verdict.detail}) and was set aside as ${target}. Invoice Inbox started a new, empty workspace.`;
    }
  }
  throw new WorkspaceError(`The workspace database at ${file} could not be opened or set aside. Check the data folder and try again.`);
}

function latest(migrations: readonly Migration[] | undefined): number {
  return migrations ? migrations.reduce((max, m) => Math.max(max, m.version), 0) : LATEST_VERSION;
}

function connect(file: string): Database {
  try {
    return new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new WorkspaceError(`The workspace database at ${file} could not be opened. Check that the data folder exists and is yours.`, String(error));
  }
}

/** Is this our database (or a new, empty file)? Reads the header and the schema list only: fast at any size. */
function inspect(db: Database): Verdict {
  try {
    const header = db
      .prepare('SELECT (SELECT application_id FROM pragma_application_id) AS applicationId, (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_master) AS objects')
      .get() as { applicationId: number; version: number; objects: number };
    const { applicationId, version, objects } = header;
    if (objects === 0 && applicationId === 0 && version === 0) return { ok: true, version: 0 };
    if (applicationId !== APPLICATION_ID) return { ok: false, reason: 'foreign', detail: 'another program\'s database' };
    db.prepare('SELECT count(*) FROM meta').get();
    return { ok: true, version };
  } catch (error) {
    if (isDamageError(error)) return { ok: false, reason: 'damaged', detail: 'the file is damaged or is not a database' };
    throw new WorkspaceError('The workspace database could not be read. Check the data folder and try again.', String(error));
  }
}

/**
 * Pragmas, then schema migrations (and the first-open import) in one write transaction. `version` is
 * what the caller read (inspect): a workspace already at the latest version is opened without taking
 * the write lock, so opening never waits for another process's sync to commit and writes nothing.
 */
export function prepare(db: Database, options: OpenDatabaseOptions, version = db.pragma('user_version', { simple: true }) as number): void {
  // 16 MB of page cache: the narrow figures index of 100k invoices stays in memory between queries.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384');
  if (version >= latest(options.migrations)) return;
  const migrations = options.migrations ?? MIGRATIONS;
  const run = db.transaction(() => {
    // Read again under the lock: another process may have migrated since.
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from >= latest(options.migrations)) return;
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, from, migrations);
    if (from === 0) options.onCreated?.(db);
  });
  run.immediate();
}

/** Renames the file and its WAL/SHM companions to `workspace.<reason>-<stamp>.db*`; null when it vanished meanwhile. */
function moveAside(file: string, reason: 'damaged' | 'foreign', nowMs: number): string | null {
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const base = file.slice(0, -'.db'.length);
  let target = `${base}.${reason}-${stamp}.db`;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}.${reason}-${stamp}-${n}.db`;
  try {
    fs.renameSync(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // another process moved it first
    throw new WorkspaceError(`The damaged workspace database could not be moved aside. Move ${file} away by hand and start again.`, String(error));
  }
  for (const suffix of ['-wal', '-shm']) {
    try {
      fs.renameSync(`${file}${suffix}`, `${target}${suffix}`);
    } catch {
      // Companions may not exist.
    }
  }
  return target;
}
