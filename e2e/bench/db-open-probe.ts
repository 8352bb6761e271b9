/**
 * One round of the db-open benchmark in a fresh process (nothing of the database cached in it). What
 * any process pays once at start, whatever the database, happens before the clock, on both sides:
 * loading the modules and the SQLite addon, and the runtime's first time-zone lookup (ICU loads its
 * data: about 15-20 ms here, and the workspace asks for the machine's zone). Then either the workspace is opened as a host opens it
 * and the first window the renderer asks for is read (`app`), or a bare better-sqlite3 connection
 * runs a plain SELECT of the same window (`bare`).
 */
import Sqlite from 'better-sqlite3';
import path from 'node:path';
import { DEFAULT_SORT, EMPTY_FILTER } from '../../src-shared/domain';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { DATABASE_FILE } from '../../src-main/core/store/database';
import { openWorkspace } from '../../src-main/core/workspace/open-workspace';
import { serveParent } from './child';

/** The first window in the default order ("needs attention first"), the columns a row shows, no derived state. */
const BARE_WINDOW = `SELECT id, account_id, provider, provider_invoice_id, number, status, raw_status, kind, currency, total, amount_due,
  amount_paid, issued_at, due_at, paid_at, description, pdf_url IS NOT NULL AS has_pdf
  FROM invoices ORDER BY attention_group, attention_key, id LIMIT 100`;

export interface DbOpenTiming {
  /** Open to the first 100 rows in hand (ms). */
  firstRows: number;
  rows: number;
  /** app only: the parts, and what follows the first rows (count and figures, reminders). */
  open?: number;
  window?: number;
  /** The same window read again on the open workspace (its statement compiled, the calendar known). */
  windowAgain?: number;
  figures?: number;
  reminders?: number;
  /** Process start-up before the clock (runtime time zone data, SQLite addon). */
  warmUp?: number;
}

async function app(dataDir: string): Promise<DbOpenTiming> {
  const t0 = performance.now();
  const workspace = await openWorkspace(dataDir, { credentials: new MemoryCredentialStore(), watchIntervalMs: 0 });
  const t1 = performance.now();
  // What the renderer's inbox asks first (stores/inbox.ts): one page, count and figures after.
  const { rows } = workspace.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 100, count: false, aggregates: false });
  const t2 = performance.now();
  workspace.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 100, count: false, aggregates: false });
  const t3 = performance.now();
  workspace.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 0, count: true, aggregates: true });
  const t4 = performance.now();
  await workspace.reminders.recompute();
  const t5 = performance.now();
  await workspace.close();
  return { firstRows: t2 - t0, rows: rows.length, open: t1 - t0, window: t2 - t1, windowAgain: t3 - t2, figures: t4 - t3, reminders: t5 - t4 };
}

function bare(dataDir: string): DbOpenTiming {
  const t0 = performance.now();
  const db = new Sqlite(path.join(dataDir, DATABASE_FILE));
  const rows = db.prepare(BARE_WINDOW).all();
  const t1 = performance.now();
  db.close();
  return { firstRows: t1 - t0, rows: rows.length };
}

/** Process start-up, off the clock (see above); its cost is reported. */
function warmUp(): number {
  const t0 = performance.now();
  Intl.DateTimeFormat().resolvedOptions();
  new Sqlite(':memory:').close();
  return performance.now() - t0;
}
const warmUpMs = warmUp();

serveParent(async (message) => {
  if (message.type === 'close') process.exit(0);
  if (message.type !== 'run') return null;
  const dataDir = String(message.dataDir);
  const timing = message.mode === 'app' ? await app(dataDir) : bare(dataDir);
  return { type: 'timing', timing: { ...timing, warmUp: warmUpMs } };
});
process.send?.({ type: 'loaded' });
